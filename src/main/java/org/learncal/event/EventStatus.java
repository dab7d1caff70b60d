package org.learncal.event;

/** Where an event stands; calendars see cancelled and postponed events too. Written in lower snake case on the wire (see Wire). */
public enum EventStatus {
    SCHEDULED, POSTPONED, CANCELLED
}
