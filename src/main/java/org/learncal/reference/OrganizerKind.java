package org.learncal.reference;

/** What kind of body an organizer is; written in lower snake case on the wire. */
public enum OrganizerKind {
    UNIVERSITY, CITY_GOVERNMENT, UNESCO_INSTITUTE, NGO, SCHOOL, COMPANY, OTHER
}
