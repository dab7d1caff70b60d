package org.learncal.support;

import biweekly.ICalendar;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks a feed byte by byte (CRLF only, at most 75 octets a line, valid UTF-8, no empty continuation
 * line) and parses it with biweekly, a parser independent of the code that wrote it.
 */
public final class IcsChecks {
    private IcsChecks() {
    }

    /** Fails unless the bytes are a well-formed iCalendar stream as RFC 5545 section 3.1 asks. */
    public static String assertWellFormed(byte[] bytes) {
        String text = utf8(bytes);
        assertTrue(text.endsWith("\r\n"), "ends with CRLF");
        String[] lines = text.substring(0, text.length() - 2).split("\r\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, "line " + (i + 1) + " has " + octets + " octets: " + line);
            assertTrue(line.indexOf('\r') < 0 && line.indexOf('\n') < 0, "bare CR or LF in line " + (i + 1));
            assertTrue(!line.isEmpty() && !line.equals(" "), "empty line or empty continuation line " + (i + 1));
        }
        return text;
    }

    /** Parses one calendar with biweekly, failing on any parse warning. */
    public static ICalendar parse(byte[] bytes) {
        String text = assertWellFormed(bytes);
        try (ICalReader reader = new ICalReader(text)) {
            ICalendar calendar = reader.readNext();
            List<ParseWarning> warnings = reader.getWarnings();
            assertEquals(List.of(), warnings.stream().map(ParseWarning::toString).toList(), "biweekly warnings");
            assertEquals(null, reader.readNext(), "one calendar only");
            return calendar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The logical lines of a feed, unfolded, for exact checks of how a property was written. */
    public static List<String> unfoldedLines(byte[] bytes) {
        return List.of(assertWellFormed(bytes).replace("\r\n ", "").split("\r\n"));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fail("not valid UTF-8: " + e);
        }
    }
}
