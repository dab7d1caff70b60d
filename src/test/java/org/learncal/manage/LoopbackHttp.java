package org.learncal.manage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sign-in form sent from a chosen loopback address (127.0.0.2, 127.0.0.3...), so that a test can be several
 * clients by address. Java's HttpClient cannot choose its local address, so this speaks HTTP/1.1 on a socket.
 */
final class LoopbackHttp {
    private LoopbackHttp() {
    }

    record Answer(int status, Map<String, String> headers, String body) {
        Document html() {
            return Jsoup.parse(body);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static Answer signIn(URI server, String fromAddress, String token) {
        return signIn(server, fromAddress, null, token);
    }

    /** The same, with an X-Forwarded-For header when {@code forwardedFor} is given. */
    static Answer signIn(URI server, String fromAddress, String forwardedFor, String token) {
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String request = "POST /manage/sign-in HTTP/1.1\r\nHost: " + server.getAuthority()
                + (forwardedFor == null ? "" : "\r\nX-Forwarded-For: " + forwardedFor)
                + "\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + form.length() + "\r\nConnection: close\r\n\r\n" + form;
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunked(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String unchunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
                size.append((char) c);
            }
            int length = Integer.parseInt(size.toString().trim().split(";")[0], 16);
            if (length == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(in.readNBytes(length));
            in.skip(2);
        }
    }
}
