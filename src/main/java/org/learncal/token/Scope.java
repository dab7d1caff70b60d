package org.learncal.token;

/** What a caller may act for: the whole service (admin), one organizer, or one network. */
public enum Scope {
    ADMIN, ORGANIZER, NETWORK
}
