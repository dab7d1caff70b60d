package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.city.CityRepository;
import org.learncal.network.NetworkRepository;
import org.learncal.organizer.OrganizerRepository;
import org.learncal.topic.TopicRepository;

/** Tells whether a slug names a known topic, city, network or organizer. */
@Singleton
public class Vocabulary {
    private final TopicRepository topics;
    private final CityRepository cities;
    private final NetworkRepository networks;
    private final OrganizerRepository organizers;

    public Vocabulary(TopicRepository topics, CityRepository cities, NetworkRepository networks,
                      OrganizerRepository organizers) {
        this.topics = topics;
        this.cities = cities;
        this.networks = networks;
        this.organizers = organizers;
    }

    public boolean isTopic(String slug) {
        return topics.existsById(slug);
    }

    public boolean isCity(String slug) {
        return cities.existsById(slug);
    }

    public boolean isNetwork(String slug) {
        return networks.existsById(slug);
    }

    public boolean isOrganizer(String slug) {
        return organizers.existsById(slug);
    }
}
