package org.learncal.embed;

import jakarta.inject.Singleton;
import org.learncal.event.EventQuery;
import org.learncal.link.LinkFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The HTML another site pastes to show a search's upcoming events: the web component, or an iframe. */
@Singleton
public class EmbedSnippets {
    public static final String SCRIPT_PATH = "/embed/learncal-events.js";
    public static final String FRAME_PATH = "/embed/events";
    public static final int FRAME_WIDTH = 480;
    public static final int FRAME_HEIGHT = 560;

    private final LinkFactory links;

    public EmbedSnippets(LinkFactory links) {
        this.links = links;
    }

    /** Both snippets, ready to copy. */
    public record Snippet(String script, String iframe) {
    }

    public Snippet of(EventQuery search, String lang) {
        Map<String, String> attributes = attributes(search, lang);
        StringBuilder element = new StringBuilder("<learncal-events");
        attributes.forEach((name, value) -> element.append(' ').append(name).append("=\"").append(escape(value))
                .append('"'));
        return new Snippet("<script src=\"" + links.absolute(SCRIPT_PATH) + "\" defer></script>\n"
                + element + "></learncal-events>", iframe(frameUrl(search, lang), FRAME_WIDTH, FRAME_HEIGHT));
    }

    /** The oEmbed URL that describes one of our pages, for its discovery link. */
    public String oembedUrl(String pagePath) {
        return links.absolute("/oembed?url=" + URLEncoder.encode(links.absolute(pagePath), StandardCharsets.UTF_8)
                + "&format=json");
    }

    /** The URL of the iframe page for this search. */
    public String frameUrl(EventQuery search, String lang) {
        List<String> query = new ArrayList<>();
        attributes(search, lang).forEach((name, value) -> query.add(name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return links.absolute(FRAME_PATH + "?" + String.join("&", query));
    }

    public String iframe(String frameUrl, int width, int height) {
        return "<iframe src=\"" + escape(frameUrl) + "\" title=\"LearnCal\" width=\"" + width + "\" height=\""
                + height + "\" loading=\"lazy\"></iframe>";
    }

    /** The widget's attributes for a search: its filters (several values joined by commas), limit, lang. */
    public static Map<String, String> attributes(EventQuery search, String lang) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (EventQuery.Filter filter : EmbedFilters.FILTERS) {
            if (!search.values(filter).isEmpty()) {
                attributes.put(EventQuery.name(filter), String.join(",", search.values(filter)));
            }
        }
        if (search.text() != null) {
            attributes.put("q", search.text());
        }
        if (search.limit() != EventQuery.DEFAULT_LIMIT) {
            attributes.put("limit", Integer.toString(search.limit()));
        }
        attributes.put("lang", lang);
        return attributes;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
