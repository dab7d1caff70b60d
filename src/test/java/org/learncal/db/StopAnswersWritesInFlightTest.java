package org.learncal.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stop waits for the requests in flight: an import whose request arrived before the stop is answered and kept,
 * while the server already refuses new connections.
 */
class StopAnswersWritesInFlightTest {
    private static final String DATABASE = "jdbc:h2:mem:stop-answers-writes;DB_CLOSE_DELAY=-1";
    private static final String CALENDAR = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//LearnCal test//stop//EN", "BEGIN:VEVENT", "UID:stop-in-flight@learncal.test",
            "DTSTAMP:20261101T090000Z", "DTSTART:20270624T120000Z", "DTEND:20270624T133000Z",
            "SUMMARY:Imported while the service stops", "END:VEVENT", "END:VCALENDAR", "");

    @Test
    void anImportInFlightWhenTheServiceStopsIsAnsweredAndKept() throws Exception {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", DATABASE,
                "datasources.default.dialect", "H2", "datasources.default.username", "sa",
                "datasources.default.password", ""), "test");
        byte[] body = CALENDAR.getBytes(StandardCharsets.UTF_8);
        try (Socket client = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = client.getOutputStream();
            out.write(("POST /api/imports?organizer=um6p&language=und HTTP/1.1\r\nHost: learncal.test\r\n"
                    + "Authorization: Bearer test-admin-token\r\nContent-Type: text/calendar\r\n"
                    + "Expect: 100-continue\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = client.getInputStream();
            // the server has read the request's head once it asks for the body
            assertTrue(readHead(in).startsWith("HTTP/1.1 100"), "no 100 Continue");

            Thread stop = new Thread(server::stop, "stop");
            stop.start();
            awaitRefused(server.getPort());
            out.write(body);
            out.flush();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            stop.join();

            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertTrue(response.contains("\"uid\":\"stop-in-flight@learncal.test\""), response);
        }
        assertEquals(1, importedEvents());
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        return head.toString();
    }

    /** Returns once the stopping server refuses new connections. */
    private static void awaitRefused(int port) throws InterruptedException {
        while (true) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                Thread.sleep(10);
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                return;
            }
        }
    }

    private static long importedEvents() throws SQLException {
        try (Connection connection = DriverManager.getConnection(DATABASE, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT COUNT(*) FROM event WHERE title = 'Imported while the service stops'")) {
            result.next();
            return result.getLong(1);
        }
    }
}
