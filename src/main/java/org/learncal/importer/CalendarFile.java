package org.learncal.importer;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultComponentFactorySupplier;
import net.fortuna.ical4j.data.DefaultParameterFactorySupplier;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentFactory;
import net.fortuna.ical4j.model.ParameterFactory;
import net.fortuna.ical4j.model.PropertyFactory;
import org.learncal.problem.ProblemException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An uploaded iCalendar file, parsed, with the line where each VEVENT begins (so that a rejection can name
 * it). A file that does not parse is a 400 naming the line. CalendarBuilder is not thread-safe: one per file,
 * and one {@link ZoneRegistry}, through which the file's TZIDs are read once resolved.
 */
record CalendarFile(Calendar calendar, List<Integer> eventLines, ZoneRegistry registry) {
    /**
     * A TZID on a DATE value (which RFC 5545 forbids, and some producers write on all-day events) makes iCal4j
     * read the date as a date-time and fail: it is dropped, as a date has no zone. Line numbers do not change.
     */
    private static final Pattern DATE_WITH_TZID = Pattern.compile(
            "(?im)^((?:DTSTART|DTEND|RDATE|EXDATE|RECURRENCE-ID)(?=[^:\\r\\n]*;VALUE=DATE[;:])[^:\\r\\n]*?)"
                    + ";TZID=(?:\"[^\"]*\"|[^;:\\r\\n]*)([^\\r\\n]*)$");

    /**
     * DTSTAMP, CREATED and LAST-MODIFIED must be UTC; some producers (The Events Calendar among them) leave the
     * Z off, and iCal4j then rejects the whole file. They only stamp versions, so they are read as UTC.
     */
    private static final Pattern STAMP_WITHOUT_Z = Pattern.compile(
            "(?im)^((?:DTSTAMP|CREATED|LAST-MODIFIED)(?:;[^:\\r\\n]*)?:\\d{8}T\\d{6})(\\r?)$");

    /**
     * iCal4j's default suppliers make a new instance of each of its ~60 property factories for every property it
     * reads (half the parsing time of a 500-event file); the factories hold nothing but their names, so one list
     * of each serves every file.
     */
    private static final List<ParameterFactory<?>> PARAMETERS = List.copyOf(new DefaultParameterFactorySupplier().get());
    private static final List<PropertyFactory<?>> PROPERTIES = List.copyOf(new DefaultPropertyFactorySupplier().get());
    private static final List<ComponentFactory<?>> COMPONENTS = List.copyOf(new DefaultComponentFactorySupplier().get());

    static CalendarFile parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw ProblemException.invalid("body", "is empty; send an iCalendar file (text/calendar)");
        }
        text = DATE_WITH_TZID.matcher(text).replaceAll("$1$2");
        text = STAMP_WITHOUT_Z.matcher(text).replaceAll("$1Z$2");
        try {
            ZoneRegistry registry = new ZoneRegistry();
            return new CalendarFile(builder(registry).build(new StringReader(text)), eventLines(text), registry);
        } catch (ParserException e) {
            throw ProblemException.invalid("line " + e.getLineNo(), reason(e));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", "is not a valid iCalendar file: " + e.getMessage());
        }
    }

    private static CalendarBuilder builder(ZoneRegistry registry) {
        return new CalendarBuilder(CalendarParserFactory.getInstance().get(), new ContentHandlerContext()
                .withParameterFactorySupplier(() -> PARAMETERS).withPropertyFactorySupplier(() -> PROPERTIES)
                .withComponentFactorySupplier(() -> COMPONENTS), registry);
    }

    /** The line where the {@code index}-th VEVENT begins, 1-based as editors count. */
    Integer lineOf(int index) {
        return index < eventLines.size() ? eventLines.get(index) : null;
    }

    private static List<Integer> eventLines(String text) {
        List<Integer> lines = new ArrayList<>();
        String[] physical = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < physical.length; i++) {
            if (physical[i].trim().equalsIgnoreCase("BEGIN:VEVENT")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static String reason(ParserException e) {
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        return "is not valid iCalendar: " + message;
    }
}
