package org.learncal;

import io.micronaut.runtime.Micronaut;

/** Starts the LearnCal service. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
