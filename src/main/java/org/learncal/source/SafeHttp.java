package org.learncal.source;

import io.micronaut.core.annotation.Nullable;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * GETs a calendar over HTTP/1.1 on plain sockets, so that the SSRF guard judges the very address connected to:
 * java.net.http.HttpClient resolves names itself and offers no hook between resolving and connecting. The name
 * is resolved, every address is checked, and the socket connects to a checked {@link InetAddress}; for https
 * TLS is layered on it with the host name for SNI and certificate checking ("HTTPS" endpoint identification).
 */
final class SafeHttp {
    private final AddressGuard guard;
    private final String userAgent;
    private final Duration connectTimeout;

    SafeHttp(AddressGuard guard, String userAgent, Duration connectTimeout) {
        this.guard = guard;
        this.userAgent = userAgent;
        this.connectTimeout = connectTimeout;
    }

    /** One request to {@code url} (no redirects followed here), within what is left of {@code deadline}. */
    HttpWire.Response get(URI url, @Nullable String etag, @Nullable String lastModified, int maxBytes,
                          Deadline deadline) throws FetchFailure {
        boolean tls = "https".equals(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : tls ? 443 : 80;
        List<InetAddress> addresses = guard.resolve(url.getHost());
        try (Socket socket = connect(addresses, port, url.getHost(), deadline)) {
            Socket channel = tls ? tls(socket, url.getHost(), port) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(request(url, etag, lastModified).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return HttpWire.read(new BufferedInputStream(deadline.input(channel), 16 * 1024), maxBytes);
        } catch (SocketTimeoutException e) {
            throw deadline.timeout();
        } catch (IOException e) {
            throw new FetchFailure(Outcome.UNREACHABLE, "the connection to " + url.getHost() + " failed: "
                    + e.getMessage());
        }
    }

    private Socket connect(List<InetAddress> addresses, int port, String host, Deadline deadline)
            throws FetchFailure {
        IOException last = null;
        for (InetAddress address : addresses) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port),
                        (int) Math.min(connectTimeout.toMillis(), deadline.remainingMillis()));
                return socket;
            } catch (SocketTimeoutException e) {
                close(socket);
                throw new FetchFailure(Outcome.TIMEOUT, "connecting to " + host + " took longer than "
                        + connectTimeout.toMillis() / 1000.0 + " s");
            } catch (IOException e) {
                close(socket);
                last = e;
            }
        }
        throw new FetchFailure(Outcome.UNREACHABLE, "could not connect to " + host + ":" + port
                + (last == null ? "" : ": " + last.getMessage()));
    }

    private static Socket tls(Socket socket, String host, int port) throws IOException {
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(socket, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setServerNames(List.of(new SNIHostName(host)));
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    private String request(URI url, @Nullable String etag, @Nullable String lastModified) {
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        boolean defaultPort = url.getPort() == -1;
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(url.getHost()).append(defaultPort ? "" : ":" + url.getPort()).append("\r\n")
                .append("User-Agent: ").append(userAgent).append("\r\n")
                .append("Accept: text/calendar, */*;q=0.1\r\n")
                .append("Accept-Encoding: gzip\r\n")
                .append("Connection: close\r\n");
        if (etag != null) {
            request.append("If-None-Match: ").append(etag).append("\r\n");
        }
        if (lastModified != null) {
            request.append("If-Modified-Since: ").append(lastModified).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing was sent on it
        }
    }
}
