/** Review of events by networks: pending until approved, trusted organizers publish directly. */
package org.learncal.review;
