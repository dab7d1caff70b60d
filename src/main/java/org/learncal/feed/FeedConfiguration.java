package org.learncal.feed;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How feeds behave: the host that makes UIDs unique (never change it: calendars would duplicate every event),
 * how often clients should poll, how long ended events stay, how many events one feed holds at most, and
 * how many rendered feeds (and bytes) and rendered events each instance keeps, and how long cached feeds
 * keep serving while the database cannot be reached.
 */
@ConfigurationProperties("learncal.feeds")
public record FeedConfiguration(@Bindable(defaultValue = "learncal.org") String uidHost,
                                @Bindable(defaultValue = "PT1H") Duration refreshInterval,
                                @Bindable(defaultValue = "P30D") Duration keepEnded,
                                @Bindable(defaultValue = "2000") int maxEvents,
                                @Bindable(defaultValue = "128") int cacheFeeds,
                                @Bindable(defaultValue = "268435456") long cacheBytes,
                                @Bindable(defaultValue = "50000") int cacheEvents,
                                @Bindable(defaultValue = "PT1H") Duration serveStale) {
}
