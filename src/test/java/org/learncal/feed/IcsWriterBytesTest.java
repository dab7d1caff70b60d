package org.learncal.feed;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The writer encodes each line straight to bytes; what it writes must stay what the string-based writer wrote:
 * the line joined as a string, stripped or escaped, encoded with {@code getBytes(UTF_8)}, then folded. Checked
 * on random lines of every kind of character that matters: ASCII, two-, three- and four-byte characters,
 * surrogates left alone, control characters, the characters TEXT escapes, lines far longer than a fold.
 */
class IcsWriterBytesTest {
    private static final String PIECES = "aZ ;,:\\\"\t\n\r\u0000\u0007\u007féàلم東京\u20ac";

    @Test
    void everyKindOfLineIsWrittenAsTheStringEncodingFolded() {
        Random random = new Random(20261130);
        for (int round = 0; round < 3000; round++) {
            String cn = randomText(random, 20);
            assertEquals(parameter(cn), IcsWriter.parameter(cn));
            String name = "X-NAME;CN=" + IcsWriter.parameter(cn);
            String value = randomText(random, random.nextInt(400));
            List<String> values = List.of(randomText(random, 30), randomText(random, 90));
            byte[] written = new IcsWriter(64).raw(name, value).text(name, value).textList(name, values)
                    .begin("VEVENT").end("VEVENT").toBytes();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            fold(expected, name + ":" + stripControls(value));
            fold(expected, name + ":" + escape(value));
            fold(expected, name + ":" + String.join(",", values.stream().map(IcsWriterBytesTest::escape).toList()));
            fold(expected, "BEGIN:VEVENT");
            fold(expected, "END:VEVENT");
            assertArrayEquals(expected.toByteArray(), written, () -> "value: " + value);
        }
    }

    @Test
    void aSurrogatePairSplitByADroppedControlCharacterIsOneCharacter() {
        String value = "\ud83d\u0007\udcda";
        assertEquals("X:\ud83d\udcda\r\n", new String(new IcsWriter(16).text("X", value).toBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void timesAreWrittenAsBefore() {
        java.time.LocalDateTime time = java.time.LocalDateTime.of(2027, 3, 9, 7, 5, 3);
        assertEquals("20270309T070503", IcsWriter.local(time));
        assertEquals("09990309T070503", IcsWriter.local(time.withYear(999)));
        assertEquals("20270309T070503Z", IcsWriter.utc(time.toInstant(java.time.ZoneOffset.UTC)));
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                text.append(random.nextBoolean() ? "\ud83d\udcda" : random.nextBoolean() ? "\ud83d" : "\udcda");
            } else {
                text.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
        }
        return text.toString();
    }

    // The string-based writer as it was: the reference the byte writer must match.
    private static void fold(ByteArrayOutputStream out, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int position = 0;
        int room = 75;
        while (bytes.length - position > room) {
            int end = position + room;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            out.write(bytes, position, end - position);
            out.writeBytes(new byte[] {'\r', '\n', ' '});
            position = end;
            room = 74;
        }
        out.write(bytes, position, bytes.length - position);
        out.writeBytes(new byte[] {'\r', '\n'});
    }

    private static String parameter(String value) {
        String clean = stripControls(value).replace('"', '\'');
        return clean.matches("(?s).*[:;,].*") ? '"' + clean + '"' : clean;
    }

    private static String stripControls(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0A-\\x1F\\x7F]", "");
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
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
}
