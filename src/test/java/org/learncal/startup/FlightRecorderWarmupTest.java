package org.learncal.startup;

import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warm-up registers the event class Micronaut's server loads with its first request, on a thread of its own. */
class FlightRecorderWarmupTest {

    @Test
    void theFirstRequestsEventIsRegisteredBeforeAnyRequest() throws InterruptedException {
        FlightRecorderWarmup.start().join();

        assertTrue(FlightRecorder.getFlightRecorder().getEventTypes().stream().map(EventType::getName)
                .anyMatch(FlightRecorderWarmup.FIRST_EVENT::equals), "not registered: " + FlightRecorderWarmup.FIRST_EVENT);
    }
}
