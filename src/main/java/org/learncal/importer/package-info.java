/** iCalendar import: an organizer's own export upserted by UID, recurring series expanded into occurrences. */
package org.learncal.importer;
