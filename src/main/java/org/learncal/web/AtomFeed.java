package org.learncal.web;

import jakarta.inject.Singleton;
import org.learncal.event.Event;
import org.learncal.event.EventDetails;
import org.learncal.link.LinkFactory;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Writes an Atom 1.0 feed (RFC 4287) of a listing: one entry per event, newest change first in "updated". */
@Singleton
public class AtomFeed {
    public static final String MEDIA_TYPE = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";
    /** Characters that XML 1.0 cannot carry at all, not even escaped. */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final LinkFactory links;
    private final Messages messages;

    public AtomFeed(LinkFactory links, Messages messages) {
        this.links = links;
        this.messages = messages;
    }

    /**
     * @param feedPath the feed's own path and query, e.g. {@code /networks/gnlc.atom}
     * @param pagePath the page the feed mirrors, e.g. {@code /networks/gnlc}
     * @param emptyUpdated "updated" of a feed without entries
     */
    public String write(String title, String feedPath, String pagePath, List<EventDetails> events,
                        Language language, Instant emptyUpdated) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml:lang", language.tag());
            text(xml, "id", links.absolute(feedPath));
            text(xml, "title", title);
            text(xml, "updated", events.stream().map(d -> d.event().updatedAt()).max(Comparator.naturalOrder())
                    .orElse(emptyUpdated).toString());
            xml.writeStartElement("author");
            text(xml, "name", "LearnCal");
            xml.writeEndElement();
            link(xml, "self", MEDIA_TYPE, links.absolute(feedPath));
            link(xml, "alternate", "text/html", links.absolute(pagePath));
            for (EventDetails details : events) {
                entry(xml, details, language);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private void entry(XMLStreamWriter xml, EventDetails details, Language language) throws XMLStreamException {
        Event event = details.event();
        xml.writeStartElement("entry");
        text(xml, "id", "urn:uuid:" + event.id());
        text(xml, "title", event.title());
        text(xml, "updated", event.updatedAt().toString());
        text(xml, "published", event.createdAt().toString());
        link(xml, "alternate", "text/html", links.event(event.id()).html());
        EventCard card = EventCard.of(details, language, messages);
        String status = card.statusLabel() == null ? "" : card.statusLabel() + " · ";
        text(xml, "summary", status + card.when().text() + " · " + card.format() + "\n\n" + event.description());
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(NOT_XML.matcher(value).replaceAll(""));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
