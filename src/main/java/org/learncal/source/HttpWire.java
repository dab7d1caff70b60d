package org.learncal.source;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads one HTTP/1.1 response from a connection: status line, header fields, and the body (Content-Length,
 * chunked, or up to the end), gunzipped when the server compressed it, cut off past {@code maxBytes}.
 */
final class HttpWire {
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    /** A response; header names are lower case. */
    record Response(int status, String reason, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private HttpWire() {
    }

    static Response read(InputStream in, int maxBytes) throws IOException, FetchFailure {
        String[] lines = head(in).split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/1.") || !status[1].matches("\\d{3}")) {
            throw new FetchFailure(Outcome.HTTP_ERROR, "the server's answer is not HTTP: " + abbreviated(lines[0]));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        int code = Integer.parseInt(status[1]);
        byte[] body = code == 304 || code == 204 || code / 100 == 1 ? new byte[0] : body(in, headers, maxBytes);
        return new Response(code, status.length > 2 ? status[2] : "", headers, body);
    }

    private static byte[] body(InputStream in, Map<String, String> headers, int maxBytes)
            throws IOException, FetchFailure {
        InputStream raw = in;
        String length = headers.get("content-length");
        boolean gzip = "gzip".equalsIgnoreCase(headers.getOrDefault("content-encoding", ""));
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
            raw = new ChunkedInput(in);
        } else if (length != null && length.matches("\\d{1,18}")) {
            long declared = Long.parseLong(length);
            if (!gzip && declared > maxBytes) {
                throw tooLarge(maxBytes, "declares " + declared + " bytes");
            }
            raw = new java.io.BufferedInputStream(new BoundedInput(in, declared));
        }
        try {
            return limited(gzip ? new GZIPInputStream(raw) : raw, maxBytes);
        } catch (java.util.zip.ZipException e) {
            throw new FetchFailure(Outcome.NOT_ICALENDAR, "the body says it is gzip but does not inflate: "
                    + e.getMessage());
        }
    }

    private static byte[] limited(InputStream in, int maxBytes) throws IOException, FetchFailure {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > maxBytes) {
                throw tooLarge(maxBytes, "went on past it");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    static FetchFailure tooLarge(int maxBytes, String how) {
        return new FetchFailure(Outcome.TOO_LARGE, "the calendar is larger than the import limit of "
                + maxBytes / (1024 * 1024) + " MiB (it " + how + "); it was not read further");
    }

    private static String head(InputStream in) throws IOException, FetchFailure {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                throw new FetchFailure(Outcome.HTTP_ERROR, head.size() == 0 ? "the server closed the connection "
                        + "without answering" : "the server's answer ended inside its header");
            }
            head.write(b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
            if (head.size() > MAX_HEAD_BYTES) {
                throw new FetchFailure(Outcome.HTTP_ERROR, "the server's header is longer than 64 KiB");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** Stops after the declared length; an early end is a truncated answer. */
    private static final class BoundedInput extends BlockInput {
        private final InputStream in;
        private long left;

        BoundedInput(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left == 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read == -1) {
                throw new EOFException("the body ended " + left + " bytes before its Content-Length");
            }
            left -= read;
            return read;
        }
    }
}
