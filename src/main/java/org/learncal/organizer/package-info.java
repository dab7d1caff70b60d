/** The API of organizers of events: universities, city governments, UNESCO institutes, NGOs and others. */
package org.learncal.organizer;
