package org.learncal.feed;

import org.learncal.event.Event;
import org.learncal.event.EventStatus;
import org.learncal.event.LocalizedText;

/**
 * The plain text that calendars show for an event: its description followed by the links people need
 * (few calendar apps show CONFERENCE, so the join link is repeated here), worded in the language of the text.
 */
final class EventText {
    private EventText() {
    }

    static String description(Event event, LocalizedText text, String pageUrl) {
        FeedWording words = FeedWording.of(text.language());
        StringBuilder description = new StringBuilder(text.description().strip());
        description.append("\n");
        if (event.status() != EventStatus.SCHEDULED) {
            description.append("\n").append(statusLine(event, text, words));
        }
        if (event.joinUrl() != null) {
            description.append("\n").append(words.get("join", event.joinUrl()));
        }
        if (event.registrationUrl() != null) {
            description.append("\n").append(words.get("registration", event.registrationUrl()));
        }
        description.append("\n").append(words.get("details", pageUrl));
        return description.toString();
    }

    private static String statusLine(Event event, LocalizedText text, FeedWording words) {
        String status = words.get(event.status() == EventStatus.CANCELLED ? "cancelled" : "postponed");
        return text.statusReason() == null ? status : words.get("statusReason", status, text.statusReason());
    }
}
