package org.learncal.review;

/** Where an event stands in review; only approved events are public. Lower case on the wire and in SQL. */
public enum ReviewState {
    PENDING, APPROVED, REJECTED
}
