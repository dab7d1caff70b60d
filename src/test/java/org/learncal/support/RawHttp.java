package org.learncal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 as bytes on one socket: requests written at once (pipelined), the answers read until the server
 * closes the connection and split as a client would, headers kept exactly as sent (order, case, duplicates).
 */
public final class RawHttp {
    /** A last request that ends an exchange: the server answers it, then closes the connection. */
    public static final String CLOSING = request("GET", "/health", "Connection: close");

    private RawHttp() {
    }

    /** One answer: its status line, its header lines in order, its body. */
    public record Answer(String statusLine, List<String> headerLines, byte[] body) {
        public int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        public String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).trim()).findFirst().orElse(null);
        }

        /** The header lines less Date, which moves with the clock. */
        public List<String> headerLinesButDate() {
            return headerLines.stream().filter(line -> !line.toLowerCase(Locale.ROOT).startsWith("date:")).toList();
        }
    }

    /** A request with these header lines ("Name: value"); the last request of an exchange must close. */
    public static String request(String method, String target, String... headerLines) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\n");
        Arrays.stream(headerLines).forEach(line -> request.append(line).append("\r\n"));
        return request.append("\r\n").toString();
    }

    /** Writes every request in one go, then reads every answer until the server closes the connection. */
    public static List<Answer> exchange(int port, String... requests) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(String.join("", requests).getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            byte[] bytes = readAll(socket.getInputStream());
            List<Answer> answers = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < requests.length && at < bytes.length; i++) {
                at = parse(bytes, at, requests[i].startsWith("HEAD "), answers);
            }
            if (at != bytes.length) {
                throw new IllegalStateException((bytes.length - at) + " bytes after the last answer");
            }
            return answers;
        }
    }

    private static int parse(byte[] bytes, int start, boolean head, List<Answer> answers) {
        int end = indexOf(bytes, "\r\n\r\n", start);
        List<String> lines = List.of(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1).split("\r\n"));
        Answer headers = new Answer(lines.get(0), lines.subList(1, lines.size()), new byte[0]);
        int at = end + 4;
        if (head || headers.status() == 304 || headers.status() == 204) {
            answers.add(headers);
            return at;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.header("Transfer-Encoding"))) {
            while (true) {
                int lineEnd = indexOf(bytes, "\r\n", at);
                String sizeLine = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                int size = Integer.parseInt(sizeLine.trim(), 16);
                body.write(bytes, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
                if (size == 0) {
                    break;
                }
            }
        } else {
            int length = Integer.parseInt(headers.header("Content-Length"));
            body.write(bytes, at, length);
            at += length;
        }
        answers.add(new Answer(headers.statusLine(), headers.headerLines(), body.toByteArray()));
        return at;
    }

    private static int indexOf(byte[] bytes, String text, int from) {
        byte[] wanted = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = from; i <= bytes.length - wanted.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + text.replace("\r\n", "CRLF") + " after byte " + from);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
