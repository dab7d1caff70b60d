package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import org.learncal.city.City;
import org.learncal.network.Network;
import org.learncal.organizer.Organizer;
import org.learncal.topic.Topic;

import java.util.List;

/** An event with the organizers, network, city and topics it refers to: what JSON, pages and feeds show. */
public record EventDetails(Event event, List<Organizer> organizers, @Nullable Network network,
                           @Nullable City city, List<Topic> topics) {
}
