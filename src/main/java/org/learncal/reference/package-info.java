/**
 * Reference data that events point to: topics, cities with their network memberships, networks and organizers;
 * and whether a slug names one.
 */
package org.learncal.reference;
