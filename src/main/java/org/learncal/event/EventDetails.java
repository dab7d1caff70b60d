package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import org.learncal.reference.City;
import org.learncal.reference.Network;
import org.learncal.reference.Organizer;
import org.learncal.reference.Topic;

import java.util.List;

/**
 * An event with the organizers, network, city and topics it refers to, and the calendar it is mirrored from:
 * what JSON, pages and feeds show.
 */
public record EventDetails(Event event, List<Organizer> organizers, @Nullable Network network,
                           @Nullable City city, List<Topic> topics,
                           @Nullable Origin origin) {
}
