package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The two links of an imported event. RFC 5545 makes URL "a more dynamic rendition" of the event: products write
 * the event's own page there (The Events Calendar, iCloud, Nextcloud), so it is the page to register on, not a
 * way to attend. The join link comes from the conference properties products write: RFC 7986's CONFERENCE,
 * Google's X-GOOGLE-CONFERENCE, Outlook's X-MICROSOFT-SKYPETEAMSMEETINGURL; or from a URL whose host is a
 * meeting service, which can only be a way in.
 */
record EventLinks(@Nullable String join, @Nullable String page) {
    private static final List<String> CONFERENCE = List.of("CONFERENCE", "X-GOOGLE-CONFERENCE",
            "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK");
    private static final List<String> MEETING_HOSTS = List.of("zoom.us", "teams.microsoft.com", "teams.live.com",
            "meet.google.com", "webex.com", "meet.jit.si", "whereby.com", "gotomeeting.com", "bigbluebutton.org");

    /** Reads the links from a component's properties; {@code text} answers a property's value, if any. */
    static EventLinks of(Function<String, Optional<String>> text) {
        Optional<String> url = text.apply("URL");
        Optional<String> conference = CONFERENCE.stream().map(text).flatMap(Optional::stream).findFirst();
        if (conference.isEmpty() && url.filter(EventLinks::isMeeting).isPresent()) {
            return new EventLinks(url.get(), null);
        }
        return new EventLinks(conference.orElse(null), url.filter(page -> !page.equals(conference.orElse(null)))
                .orElse(null));
    }

    private static boolean isMeeting(String url) {
        try {
            String host = Optional.ofNullable(URI.create(url).getHost()).orElse("").toLowerCase(Locale.ROOT);
            return MEETING_HOSTS.stream().anyMatch(meeting -> host.equals(meeting) || host.endsWith("." + meeting));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
