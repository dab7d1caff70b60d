package org.learncal.startup;

/**
 * Initializes the JDK's Flight Recorder on a thread of its own while the context starts. Micronaut's HTTP server
 * loads a Flight Recorder event class with the first request it reads (so does Netty's buffer allocator), and the
 * first such class initializes the recorder's metadata: about 60 ms of CPU on the event loop, inside the first
 * answer after a start. Done here beside the start, that first answer no longer waits for it. Recording stays off
 * unless asked for, as before.
 */
public final class FlightRecorderWarmup {
    /** The event class Micronaut's HTTP/1 server loads with its first request. */
    static final String FIRST_EVENT = "io.micronaut.http.server.netty.handler.Http1RequestEvent";

    private FlightRecorderWarmup() {
    }

    /** Starts initializing the recorder in the background; returns at once. */
    public static Thread start() {
        Thread thread = new Thread(FlightRecorderWarmup::initialize, "flight-recorder-warmup");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void initialize() {
        try {
            Class.forName(FIRST_EVENT, true, FlightRecorderWarmup.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            // another Micronaut version without this event: the first request initializes what it needs, as before
        }
    }
}
