package org.learncal.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Writes iCalendar content lines as RFC 5545 wants them on the wire: UTF-8, CRLF, folded at 75 octets
 * without splitting a character and without an empty continuation line, TEXT values escaped.
 * We write the bytes ourselves because iCal4j folds by characters and is too slow for large feeds; each line
 * is encoded straight into bytes (no intermediate strings: a bulk render writes hundreds of thousands of
 * lines), exactly as {@code String.getBytes(UTF_8)} would encode it (see {@link LineBytes}).
 */
final class IcsWriter {
    static final int MAX_OCTETS = 75;

    private final LineBytes line = new LineBytes();
    private byte[] out;
    private int count;

    IcsWriter(int expectedBytes) {
        this.out = new byte[Math.max(16, expectedBytes)];
    }

    /** A property whose value is written as given: URIs, dates, numbers, enumerated values. */
    IcsWriter raw(String nameAndParameters, String value) {
        line.name(nameAndParameters);
        line.stripped(value);
        return endLine();
    }

    /** A TEXT property: backslash, semicolon, comma and line breaks escaped. */
    IcsWriter text(String nameAndParameters, String value) {
        line.name(nameAndParameters);
        line.escaped(value);
        return endLine();
    }

    /** A property holding a list of TEXT values, such as CATEGORIES. */
    IcsWriter textList(String nameAndParameters, List<String> values) {
        line.name(nameAndParameters);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.put(',');
            }
            line.escaped(values.get(i));
        }
        return endLine();
    }

    IcsWriter begin(String component) {
        line.name("BEGIN");
        line.verbatim(component);
        return endLine();
    }

    IcsWriter end(String component) {
        line.name("END");
        line.verbatim(component);
        return endLine();
    }

    /** Writes pre-rendered lines, e.g. a cached VTIMEZONE. */
    IcsWriter append(byte[] lines) {
        room(lines.length);
        System.arraycopy(lines, 0, out, count, lines.length);
        count += lines.length;
        return this;
    }

    byte[] toBytes() {
        return Arrays.copyOf(out, count);
    }

    /** The bytes written so far, then empty again: one writer serves many events in turn. */
    byte[] take() {
        byte[] taken = toBytes();
        count = 0;
        return taken;
    }

    /** Folds the line: a fold goes before a UTF-8 lead byte, never inside a character. */
    private IcsWriter endLine() {
        int length = line.finish();
        byte[] bytes = line.bytes();
        // a fold every 71 octets at least (74 less a character's three continuation bytes): CRLF and a space each
        room(length + (length / 71 + 1) * 3 + 2);
        int position = 0;
        int room = MAX_OCTETS;
        while (length - position > room) {
            int end = position + room;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            put(bytes, position, end - position);
            out[count++] = '\r';
            out[count++] = '\n';
            out[count++] = ' ';
            position = end;
            room = MAX_OCTETS - 1;
        }
        put(bytes, position, length - position);
        out[count++] = '\r';
        out[count++] = '\n';
        return this;
    }

    private void put(byte[] bytes, int from, int length) {
        System.arraycopy(bytes, from, out, count, length);
        count += length;
    }

    private void room(int more) {
        if (count + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, count + more));
        }
    }

    /** Escapes a TEXT value (RFC 5545 section 3.3.11); other control characters are not allowed there. */
    static String escape(String value) {
        LineBytes escaped = new LineBytes();
        escaped.escaped(value);
        int length = escaped.finish();
        return new String(escaped.bytes(), 0, length, StandardCharsets.UTF_8);
    }

    /** A parameter value, quoted when it holds a colon, semicolon or comma; it may never hold a quote. */
    static String parameter(String value) {
        StringBuilder clean = new StringBuilder(value.length() + 2);
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (LineBytes.allowed(c)) {
                clean.append(c == '"' ? '\'' : c);
                quote |= c == ':' || c == ';' || c == ',';
            }
        }
        return quote ? clean.insert(0, '"').append('"').toString() : clean.toString();
    }

    static String utc(Instant instant) {
        return local(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    static String local(LocalDateTime time) {
        int year = time.getYear();
        if (year < 1000 || year > 9999) {
            return date(time.toLocalDate()) + "T" + two(time.getHour()) + two(time.getMinute())
                    + two(time.getSecond());
        }
        char[] text = new char[15];
        digits(text, 0, year, 4);
        digits(text, 4, time.getMonthValue(), 2);
        digits(text, 6, time.getDayOfMonth(), 2);
        text[8] = 'T';
        digits(text, 9, time.getHour(), 2);
        digits(text, 11, time.getMinute(), 2);
        digits(text, 13, time.getSecond(), 2);
        return new String(text);
    }

    static String date(LocalDate date) {
        int year = date.getYear();
        return (year >= 1000 ? Integer.toString(year) : String.format("%04d", year))
                + two(date.getMonthValue()) + two(date.getDayOfMonth());
    }

    private static void digits(char[] text, int at, int number, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + number % 10);
            number /= 10;
        }
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
