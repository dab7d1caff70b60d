package org.learncal;

import io.micronaut.runtime.Micronaut;
import org.learncal.seed.SeedCommand;
import org.learncal.startup.FlightRecorderWarmup;
import org.learncal.startup.ServiceIndex;

/** Starts the LearnCal service, or with the argument {@code seed} only loads seed data. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        ServiceIndex.install();
        if (args.length > 0 && args[0].equals("seed")) {
            SeedCommand.run(args);
            return;
        }
        FlightRecorderWarmup.start();
        Micronaut.run(Application.class, args);
    }
}
