package org.learncal.source;

import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.learncal.support.CalendarServer;
import org.learncal.support.Tokens;

/** Tests of one registered calendar each: a loopback server, a fresh trusted publisher, its source. */
abstract class MirroredCalendarTest {
    @Inject
    SourceCalls calls;

    CalendarServer server;
    Tokens.Publisher publisher;
    Object id;

    /** What the server serves, and what happens, before each test; nothing by default. */
    void prepare() {
    }

    @BeforeEach
    void register() {
        SourceCalls.Mirror mirror = calls.mirror("/calendar/ical/nantes/public/basic.ics");
        server = mirror.server();
        publisher = mirror.publisher();
        id = mirror.id();
        prepare();
    }

    @AfterEach
    void stop() {
        server.close();
    }
}
