package org.learncal.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes iCalendar content lines as RFC 5545 wants them on the wire: UTF-8, CRLF, folded at 75 octets
 * without splitting a character and without an empty continuation line, TEXT values escaped.
 * We write the bytes ourselves because iCal4j folds by characters and is too slow for large feeds.
 */
final class IcsWriter {
    static final int MAX_OCTETS = 75;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[:;,]");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]");

    private final ByteArrayOutputStream out;

    IcsWriter(int expectedBytes) {
        this.out = new ByteArrayOutputStream(expectedBytes);
    }

    /** A property whose value is written as given: URIs, dates, numbers, enumerated values. */
    IcsWriter raw(String nameAndParameters, String value) {
        return line(nameAndParameters + ":" + stripControls(value));
    }

    /** A TEXT property: backslash, semicolon, comma and line breaks escaped. */
    IcsWriter text(String nameAndParameters, String value) {
        return line(nameAndParameters + ":" + escape(value));
    }

    /** A property holding a list of TEXT values, such as CATEGORIES. */
    IcsWriter textList(String nameAndParameters, List<String> values) {
        return line(nameAndParameters + ":" + String.join(",", values.stream().map(IcsWriter::escape).toList()));
    }

    IcsWriter begin(String component) {
        return line("BEGIN:" + component);
    }

    IcsWriter end(String component) {
        return line("END:" + component);
    }

    /** Writes pre-rendered lines, e.g. a cached VTIMEZONE. */
    IcsWriter append(byte[] lines) {
        out.writeBytes(lines);
        return this;
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    /** Folds one unfolded line: a fold goes before a UTF-8 lead byte, never inside a character. */
    private IcsWriter line(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int position = 0;
        int room = MAX_OCTETS;
        while (bytes.length - position > room) {
            int end = position + room;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            out.write(bytes, position, end - position);
            out.writeBytes(CRLF);
            out.write(' ');
            position = end;
            room = MAX_OCTETS - 1;
        }
        out.write(bytes, position, bytes.length - position);
        out.writeBytes(CRLF);
        return this;
    }

    /** Escapes a TEXT value (RFC 5545 section 3.3.11); other control characters are not allowed there. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A parameter value, quoted when it holds a colon, semicolon or comma; it may never hold a quote. */
    static String parameter(String value) {
        String clean = stripControls(value).replace('"', '\'');
        return NEEDS_QUOTES.matcher(clean).find() ? '"' + clean + '"' : clean;
    }

    private static String stripControls(String value) {
        return CONTROLS.matcher(value).replaceAll("");
    }

    static String utc(Instant instant) {
        return local(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    static String local(LocalDateTime time) {
        return date(time.toLocalDate()) + "T" + two(time.getHour()) + two(time.getMinute()) + two(time.getSecond());
    }

    static String date(LocalDate date) {
        int year = date.getYear();
        return (year >= 1000 ? Integer.toString(year) : String.format("%04d", year))
                + two(date.getMonthValue()) + two(date.getDayOfMonth());
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
