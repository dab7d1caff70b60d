package org.learncal.event;

/** How people attend: online, in person or both. Written in lower snake case on the wire (see Wire). */
public enum EventFormat {
    ONLINE, IN_PERSON, HYBRID
}
