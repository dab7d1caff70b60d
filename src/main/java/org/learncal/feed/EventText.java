package org.learncal.feed;

import org.learncal.event.Event;
import org.learncal.event.EventStatus;

/**
 * The plain text that calendars show for an event: its description followed by the links people need
 * (few calendar apps show CONFERENCE, so the join link is repeated here), in the event's language where we can.
 */
final class EventText {
    private EventText() {
    }

    static String description(Event event, String pageUrl) {
        boolean french = event.language().startsWith("fr");
        StringBuilder text = new StringBuilder(event.description().strip());
        text.append("\n");
        if (event.status() != EventStatus.SCHEDULED) {
            text.append("\n").append(statusLine(event, french));
        }
        if (event.joinUrl() != null) {
            text.append("\n").append(french ? "Rejoindre : " : "Join: ").append(event.joinUrl());
        }
        if (event.registrationUrl() != null) {
            text.append("\n").append(french ? "Inscription : " : "Registration: ").append(event.registrationUrl());
        }
        text.append("\n").append(french ? "Détails : " : "Details: ").append(pageUrl);
        return text.toString();
    }

    static String joinLabel(Event event) {
        return event.language().startsWith("fr") ? "Rejoindre en ligne" : "Join online";
    }

    private static String statusLine(Event event, boolean french) {
        String status = event.status() == EventStatus.CANCELLED ? (french ? "ANNULÉ" : "CANCELLED")
                : (french ? "REPORTÉ" : "POSTPONED");
        return event.statusReason() == null ? status : status + (french ? " : " : ": ") + event.statusReason();
    }
}
