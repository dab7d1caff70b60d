package org.learncal.reference;

import jakarta.inject.Singleton;

/** Tells whether a slug names a known topic, city, network or organizer. */
@Singleton
public class Vocabulary {
    private final TopicStore topics;
    private final CityStore cities;
    private final NetworkStore networks;
    private final OrganizerStore organizers;

    public Vocabulary(TopicStore topics, CityStore cities, NetworkStore networks,
                      OrganizerStore organizers) {
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
