package org.learncal.feed;

import java.util.Arrays;

/**
 * One unfolded content line being encoded to UTF-8, reused line after line by an {@link IcsWriter}. The
 * characters go in one by one (name, colon, value, escaped or stripped as the property wants) and come out as
 * {@code String.getBytes(UTF_8)} would encode the same characters joined into one string: a surrogate pair is one
 * four-byte character, a surrogate without its other half is '?'.
 */
final class LineBytes {
    private byte[] bytes = new byte[256];
    private int length;
    private char pendingHigh;

    /** True for the characters a value keeps: tab and everything from space up, DEL excepted. */
    static boolean allowed(char c) {
        return c >= 0x20 && c != 0x7F || c == '\t';
    }

    /** Starts a line with the property's name and parameters, as given, and the colon. */
    void name(String nameAndParameters) {
        verbatim(nameAndParameters);
        put(':');
    }

    void verbatim(String text) {
        room(text.length() * 3 + 1);
        for (int i = 0; i < text.length(); i++) {
            write(text.charAt(i));
        }
    }

    /** A value written as given, without the control characters a content line may not hold. */
    void stripped(String value) {
        room(value.length() * 3 + 1);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (allowed(c)) {
                write(c);
            }
        }
    }

    /** A TEXT value as {@link IcsWriter#escape} escapes it. */
    void escaped(String value) {
        room(value.length() * 3 + 1);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', ';', ',' -> {
                    write('\\');
                    write(c);
                }
                case '\n' -> {
                    write('\\');
                    write('n');
                }
                case '\r' -> {
                    write('\\');
                    write('n');
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (allowed(c)) {
                        write(c);
                    }
                }
            }
        }
    }

    void put(char c) {
        room(4);
        write(c);
    }

    /**
     * Encodes one character; the caller made room: three bytes a character at most, one more for a surrogate
     * left pending by the character before (a pair is four bytes for two characters).
     */
    private void write(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                fourBytes(Character.toCodePoint(high, c));
                return;
            }
            bytes[length++] = '?';
        }
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[length++] = '?';
        } else {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void fourBytes(int codePoint) {
        bytes[length++] = (byte) (0xF0 | codePoint >> 18);
        bytes[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        bytes[length++] = (byte) (0x80 | codePoint & 0x3F);
    }

    /** Ends the line (a surrogate left alone at its end is '?'); returns its length and starts the next one. */
    int finish() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            room(1);
            bytes[length++] = '?';
        }
        int finished = length;
        length = 0;
        return finished;
    }

    /** The buffer holding the line: valid up to the length {@link #finish} returned, until the next put. */
    byte[] bytes() {
        return bytes;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
