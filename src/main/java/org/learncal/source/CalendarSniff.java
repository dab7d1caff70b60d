package org.learncal.source;

import io.micronaut.core.annotation.Nullable;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells, before parsing, a body that is no iCalendar at all (an HTML login page, binary, UTF-16) and why. */
final class CalendarSniff {
    private CalendarSniff() {
    }

    /** Why {@code body} is not an iCalendar file, or null when it may be one. */
    static @Nullable String problem(byte[] body) {
        if (body.length >= 2 && (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF
                || body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)) {
            return "the body is UTF-16; iCalendar feeds are UTF-8";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return "the body is not UTF-8 text (binary data?)";
        }
        if (text.indexOf('\0') >= 0) {
            return text.length() > 1 && text.charAt(1) == '\0' || text.charAt(0) == '\0'
                    ? "the body is UTF-16; iCalendar feeds are UTF-8" : "the body holds NUL bytes (binary data?)";
        }
        String start = text.replaceFirst("^\uFEFF", "").stripLeading();
        if (start.isEmpty()) {
            return "the body is empty";
        }
        if (start.startsWith("<")) {
            return "the body is HTML or XML, not iCalendar (a login or error page?)";
        }
        if (!start.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            return "the body does not begin with BEGIN:VCALENDAR";
        }
        return null;
    }
}
