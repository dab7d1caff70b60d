/** What makes a start answer sooner: work left to the background (and a way to wait for it), Micronaut's service lists kept in a file. */
package org.learncal.startup;
