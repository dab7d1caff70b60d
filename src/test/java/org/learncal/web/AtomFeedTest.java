package org.learncal.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.support.TestEvents;
import org.learncal.support.WebResponse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Atom feeds checked with a namespace-aware XML parser against RFC 4287's rules, and read back by ROME. */
@MicronautTest(transactional = false)
class AtomFeedTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    EventStore store;

    @ParameterizedTest
    @ValueSource(strings = {"/events.atom", "/events.atom?from=2021-01-01&topic=literacy&language=fr",
            "/networks/gnlc.atom", "/organizers/um6p.atom", "/cities/benguerir.atom"})
    void everyListingFeedIsValidAtom(String path) throws Exception {
        WebResponse response = WebResponse.get(client, path);

        assertEquals(200, response.status());
        assertEquals("application/atom+xml;charset=UTF-8", response.contentType());
        Element feed = parse(response.body()).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertRequired(feed, List.of("id", "title", "updated"));
        assertEquals(1, children(feed, "author").size());
        assertEquals(1, children(children(feed, "author").get(0), "name").size());
        Element self = children(feed, "link").stream().filter(l -> l.getAttribute("rel").equals("self"))
                .findFirst().orElseThrow();
        assertEquals(self.getAttribute("href"), text(feed, "id"), "the feed's id is its own address");
        assertTrue(text(feed, "id").startsWith("https://learncal.test" + path.split("\\?")[0]));
        Set<String> ids = new HashSet<>();
        for (Element entry : children(feed, "entry")) {
            assertRequired(entry, List.of("id", "title", "updated", "summary"));
            assertTrue(ids.add(text(entry, "id")), "entry ids are unique");
            assertTrue(URI.create(text(entry, "id")).isAbsolute());
            Element link = children(entry, "link").get(0);
            assertEquals("alternate", link.getAttribute("rel"));
            assertTrue(link.getAttribute("href").startsWith("https://learncal.test/events/"));
        }
        SyndFeed read = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("atom_1.0", read.getFeedType());
        assertEquals(children(feed, "entry").size(), read.getEntries().size());
    }

    @Test
    void searchFeedHasTheSeedWebinarWithItsDateAndPage() throws Exception {
        String body = WebResponse.get(client, "/events.atom?from=2021-01-01&topic=literacy&language=fr").body();

        SyndEntry first = new SyndFeedInput().build(new StringReader(body)).getEntries().get(0);
        assertEquals("L'apprentissage dans le contexte de la pandémie du Covid-19", first.getTitle());
        assertEquals("urn:uuid:" + EventPageTest.WEBINAR, first.getUri());
        assertEquals("https://learncal.test/events/" + EventPageTest.WEBINAR, first.getLink());
        assertTrue(first.getDescription().getValue().startsWith("Friday, January 22, 2021 · Online\n\nWebinaire"));
    }

    @Test
    void markupInTitlesIsEscapedText() throws Exception {
        Event event = TestEvents.online("<b>Bold</b> & </title>", LocalDateTime.parse("2031-05-01T10:00"), "UTC");
        store.insert(event);

        String body = WebResponse.get(client, "/organizers/um6p.atom").body();

        List<String> titles = new SyndFeedInput().build(new StringReader(body)).getEntries().stream()
                .map(SyndEntry::getTitle).toList();
        assertTrue(titles.contains("<b>Bold</b> & </title>"), titles.toString());
    }

    @Test
    void unknownListingFeedIsProblemJson() {
        WebResponse response = WebResponse.get(client, "/networks/nowhere.atom");

        assertEquals(404, response.status());
        assertEquals("application/problem+json", response.contentType());
    }

    private static void assertRequired(Element parent, List<String> names) {
        for (String name : names) {
            assertEquals(1, children(parent, name).size(), "exactly one atom:" + name);
        }
        OffsetDateTime.parse(text(parent, "updated"));
        assertTrue(RFC_3339.matcher(text(parent, "updated")).matches(), text(parent, "updated"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        List<Element> found = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }
}
