/** Review states of events (pending until approved) and the organizers networks trust to publish directly. */
package org.learncal.review;
