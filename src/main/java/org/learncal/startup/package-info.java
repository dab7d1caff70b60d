/** What makes a start answer sooner: work left to the background (and a way to wait for it), Micronaut's service lists kept in a file, the Flight Recorder initialized beside the start. */
package org.learncal.startup;
