package org.learncal.feed;

import org.junit.jupiter.api.Test;
import org.learncal.support.IcsChecks;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Folding and escaping at the byte level, where iCal4j's character-counting folding goes wrong. */
class IcsWriterTest {

    @Test
    void lineOfExactly75OctetsIsNotFolded() {
        String value = "x".repeat(75 - "SUMMARY:".length());
        assertEquals("SUMMARY:" + value + "\r\n", write(value));
    }

    @Test
    void lineOf76OctetsFoldsWithoutAnEmptyContinuation() {
        String value = "x".repeat(76 - "SUMMARY:".length());
        assertEquals("SUMMARY:" + "x".repeat(67) + "\r\n x\r\n", write(value));
    }

    @Test
    void foldNeverSplitsAMultiByteCharacter() {
        // 66 ASCII octets after "SUMMARY:", then a 4-octet emoji that would straddle octet 75.
        String value = "a".repeat(66) + "📚" + "é".repeat(40);
        String written = write(value);
        IcsChecks.assertWellFormed(written.getBytes(StandardCharsets.UTF_8));
        assertEquals("SUMMARY:" + "a".repeat(66) + "\r\n 📚" + "é".repeat(35) + "\r\n " + "é".repeat(5) + "\r\n",
                written);
        assertEquals("SUMMARY:" + value, written.replace("\r\n ", "").trim());
    }

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng\tend", IcsWriter.escape("a\\b;c,d\ne\r\nf\rg\tend\u0007"));
    }

    @Test
    void parameterValuesWithDelimitersAreQuoted() {
        assertEquals("\"Rejoindre : en ligne\"", IcsWriter.parameter("Rejoindre : en ligne"));
        assertEquals("UNESCO", IcsWriter.parameter("UNESCO"));
        assertEquals("\"Dit 'oui', enfin\"", IcsWriter.parameter("Dit \"oui\", enfin"));
    }

    private static String write(String summary) {
        return new String(new IcsWriter(256).text("SUMMARY", summary).toBytes(), StandardCharsets.UTF_8);
    }
}
