package org.learncal.web;

import org.learncal.event.Event;
import org.learncal.event.LocalizedText;
import org.learncal.event.Schedule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Links that add one event, or subscribe to one feed, in Google Calendar and Outlook on the web. */
public final class CalendarLinks {
    private static final DateTimeFormatter GOOGLE_INSTANT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GOOGLE_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter OUTLOOK_INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    /** Calendar apps cut long texts anyway; a bounded link also keeps the page small. */
    private static final int MAX_DETAILS = 500;

    private CalendarLinks() {
    }

    /** The Subscribe box of a listing: one feed in its three spellings, and the two web calendars. */
    public record Subscribe(String https, String webcal, String google, String outlook) {
    }

    /** The "Add to calendar" links of one event. */
    public record AddEvent(String ics, String google, String outlook) {
    }

    /** The links of a feed whose texts come in the reader's {@code language} (where events have them). */
    public static Subscribe subscribe(String httpsFeed, String webcalFeed, String name, Language language) {
        return subscribe(withLanguage(httpsFeed, language.tag()), withLanguage(webcalFeed, language.tag()), name);
    }

    private static Subscribe subscribe(String httpsFeed, String webcalFeed, String name) {
        return new Subscribe(httpsFeed, webcalFeed,
                "https://calendar.google.com/calendar/render?cid=" + encode(webcalFeed),
                "https://outlook.live.com/calendar/0/addfromweb?url=" + encode(httpsFeed) + "&name=" + encode(name));
    }

    /** The links that add the event with its text as the page shows it ({@code text}), its .ics file alike. */
    public static AddEvent addEvent(Event event, LocalizedText text, String ics, String pageUrl, String location) {
        Schedule schedule = event.schedule();
        String details = shorten(text.description()) + "\n\n" + pageUrl;
        String googleDates = schedule.allDay()
                ? GOOGLE_DAY.format(schedule.firstDay()) + "/" + GOOGLE_DAY.format(schedule.lastDay().plusDays(1))
                : GOOGLE_INSTANT.format(schedule.start()) + "/" + GOOGLE_INSTANT.format(schedule.end());
        String google = "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + encode(text.title())
                + "&dates=" + googleDates + "&details=" + encode(details) + "&location=" + encode(location);
        String outlook = "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose"
                + "&rru=addevent&subject=" + encode(text.title())
                + "&startdt=" + outlookTime(schedule, schedule.start(), false)
                + "&enddt=" + outlookTime(schedule, schedule.end(), true)
                + "&body=" + encode(details) + "&location=" + encode(location) + "&allday=" + schedule.allDay();
        return new AddEvent(withLanguage(ics, text.language()), google, outlook);
    }

    /** A feed address with {@code lang}, the language feeds write event texts and calendar names in. */
    static String withLanguage(String feed, String tag) {
        return feed + (feed.contains("?") ? "&" : "?") + "lang=" + encode(tag);
    }

    /** All-day events go by their dates (end exclusive), others by UTC instants. */
    private static String outlookTime(Schedule schedule, Instant instant, boolean end) {
        if (!schedule.allDay()) {
            return OUTLOOK_INSTANT.format(instant);
        }
        return (end ? schedule.lastDay().plusDays(1) : schedule.firstDay()).toString();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_DETAILS ? text : text.substring(0, MAX_DETAILS - 1) + "…";
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
