/** iCalendar feeds of searches, networks, organizers, cities and single events, cached and served over HTTP. */
package org.learncal.feed;
