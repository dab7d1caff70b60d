/** Reference data that events point to (topics, cities and their network memberships, networks, organizers) and whether a slug names one. */
package org.learncal.reference;
