package org.learncal.event;

/** Who an event is meant for. Written in lower snake case on the wire (see Wire). */
public enum Audience {
    TEACHERS, STUDENTS, PARENTS, POLICYMAKERS, RESEARCHERS, GENERAL_PUBLIC
}
