/** Absolute links between resources: JSON, web page and iCalendar feed of each. */
package org.learncal.link;
