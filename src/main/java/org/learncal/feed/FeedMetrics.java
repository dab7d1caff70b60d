package org.learncal.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * What operators watch of the feed cache (scraped at {@code /prometheus}): requests answered from a rendered
 * feed (hits) or by rendering (misses), the bytes kept, and how long renders take.
 */
@Singleton
class FeedMetrics {
    private final MeterRegistry registry;
    private final Counter hits;
    private final Counter misses;
    private final Timer renders;
    private final Counter shortcuts;

    /** Without a registry (LEARNCAL_METRICS_ENABLED=false) the meters go to one that records nothing. */
    FeedMetrics(@Nullable MeterRegistry registry) {
        this.registry = registry != null ? registry : new CompositeMeterRegistry();
        this.hits = Counter.builder("learncal.feed.cache.hits")
                .description("Feed requests answered from a rendered feed").register(this.registry);
        this.misses = Counter.builder("learncal.feed.cache.misses")
                .description("Feed requests that found no current rendered feed").register(this.registry);
        this.shortcuts = Counter.builder("learncal.feed.shortcut")
                .description("Feed requests answered before routing (FeedFastPath), hits included")
                .register(this.registry);
        this.renders = Timer.builder("learncal.feed.render")
                .description("Time to select and render one feed").register(this.registry);
    }

    void hit() {
        hits.increment();
    }

    void shortcut() {
        shortcuts.increment();
    }

    void miss() {
        misses.increment();
    }

    <T> T timeRender(Supplier<T> render) {
        return renders.record(render);
    }

    /** Reports the cache's size as it is when scraped (the gauges hold the cache itself: it lives as long). */
    void watch(FeedCache cache) {
        Gauge.builder("learncal.feed.cache.feeds", cache, FeedCache::cachedFeeds)
                .description("Rendered feeds kept").register(registry);
        Gauge.builder("learncal.feed.cache.bytes", cache, FeedCache::cachedBytes)
                .description("Bytes of rendered feeds kept, gzip encodings included").baseUnit("bytes")
                .register(registry);
    }
}
