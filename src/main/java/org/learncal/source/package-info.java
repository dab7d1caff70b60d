/** Sources: external iCalendar feeds that LearnCal pulls on a schedule and mirrors into the catalogue. */
package org.learncal.source;
