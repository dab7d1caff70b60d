package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Rendered feeds, least recently used first out. An entry serves only while the catalogue version in the
 * database is the one it was rendered from (so a write through any instance sharing the database
 * invalidates it; {@link CatalogVersion#latest} reads it, or knows it without a read where that is safe) and until time alone would change it (an event leaving the window). While the database is
 * unreachable, entries current when it was last reached keep serving for a while ({@link StaleFeeds}).
 */
@Singleton
public class FeedCache {
    private final FeedSelection selection;
    private final EventFragments fragments;
    private final FeedRenderer renderer;
    private final CatalogVersion version;
    private final FeedConfiguration configuration;
    private final Clock clock;
    private final FeedMetrics metrics;
    private final LinkedHashMap<String, Feed> feeds = new LinkedHashMap<>(64, 0.75f, true);
    private final Object[] renderLocks = new Object[64];
    private final StaleFeeds stale;
    private final FeedValidatorStore validators;

    FeedCache(FeedSelection selection, EventFragments fragments, FeedRenderer renderer, CatalogVersion version,
              FeedConfiguration configuration, Clock clock, FeedMetrics metrics, StaleFeeds stale,
              FeedValidatorStore validators) {
        this.selection = selection;
        this.fragments = fragments;
        this.renderer = renderer;
        this.version = version;
        this.configuration = configuration;
        this.clock = clock;
        this.metrics = metrics;
        this.stale = stale;
        this.validators = validators;
        metrics.watch(this);
        for (int i = 0; i < renderLocks.length; i++) {
            renderLocks[i] = new Object();
        }
    }

    /**
     * The feed stored under {@code key}, from the cache when still current, else defined (which checks the
     * request: 404, 400) and rendered now. A current entry needs no other query than the catalogue version:
     * it was defined from the same request before, and any change since would have bumped the version.
     */
    public Feed feed(String key, Supplier<FeedDefinition> definition) {
        return feed(key, null, definition);
    }

    /**
     * The feed with each event's text in {@code language} where it has a translation (null: the original): each
     * language variant is an entry of its own, with its own bytes and ETag.
     */
    public Feed feed(String key, @Nullable String language, Supplier<FeedDefinition> definition) {
        return cachedOrRendered(variantKey(key, language), language, definition);
    }

    /** The entry of {@code key} in {@code language} (null: the original texts). */
    static String variantKey(String key, @Nullable String language) {
        return language == null ? key : key + "#lang=" + language;
    }

    /**
     * The feed stored under {@code variantKey} if it is current, checked as {@link #feed} checks it (the
     * catalogue version read from the database now); null when it would have to be rendered, or when the
     * database could not tell (then {@link #feed} decides whether a stale entry may serve).
     */
    @Nullable Feed ifCurrent(String variantKey) {
        Feed cached = cached(variantKey);
        if (cached == null) {
            return null;
        }
        try {
            return hitIfCurrent(cached, version.latest());
        } catch (RuntimeException failure) {
            return null;
        }
    }

    /**
     * As {@link #ifCurrent}, but only when the catalogue version is known without reading the database
     * ({@link CatalogVersion#known()}): never blocks; null when the feed is not cached, not current, or when
     * only the database can tell.
     */
    @Nullable Feed ifKnownCurrent(String variantKey) {
        OptionalLong known = version.known();
        Feed cached = known.isPresent() ? cached(variantKey) : null;
        return cached == null ? null : hitIfCurrent(cached, known.getAsLong());
    }

    private @Nullable Feed hitIfCurrent(Feed cached, long current) {
        Instant now = clock.instant();
        stale.confirmed(current, now);
        if (!cached.isCurrent(current, now)) {
            return null;
        }
        metrics.hit();
        return cached;
    }

    private Feed cachedOrRendered(String key, @Nullable String language, Supplier<FeedDefinition> definition) {
        Instant now = clock.instant();
        Feed cached = cached(key);
        long current;
        try {
            current = version.latest();
        } catch (RuntimeException failure) {
            return stale.orThrow(cached, now, failure);
        }
        stale.confirmed(current, now);
        if (cached != null && cached.isCurrent(current, now)) {
            metrics.hit();
            return cached;
        }
        // Pollers arrive together after a change: one renders, the others wait for its result.
        synchronized (renderLocks[Math.floorMod(key.hashCode(), renderLocks.length)]) {
            Feed rendered = cached(key);
            if (rendered != null && rendered.isCurrent(current, now)) {
                metrics.hit();
                return rendered;
            }
            metrics.miss();
            FeedDefinition defined = definition.get();
            Feed fresh = metrics.timeRender(() -> render(key, defined, language, current, now));
            store(key, fresh);
            return fresh;
        }
    }

    private Feed render(String key, FeedDefinition definition, @Nullable String language, long catalogVersion,
                        Instant now) {
        FeedSelection.Selected selected = selection.select(definition, now);
        FeedBody body = renderer.render(definition, selected.events(),
                fragments.render(selected.events(), language), selected.truncated());
        String etag = Feed.etagOf(body);
        return new Feed(definition, body, etag, validators.lastModified(key, etag, selected.lastModified(), now),
                selected.truncated(), catalogVersion, selected.validUntil());
    }

    synchronized int cachedFeeds() {
        return feeds.size();
    }

    /** The bytes kept now: each feed's identity body and, once made, its gzip body. */
    synchronized long cachedBytes() {
        return feeds.values().stream().mapToLong(Feed::size).sum();
    }

    private synchronized Feed cached(String key) {
        return feeds.get(key);
    }

    private synchronized void store(String key, Feed feed) {
        feeds.put(key, feed);
        long cachedBytes = cachedBytes();
        Iterator<Map.Entry<String, Feed>> eldest = feeds.entrySet().iterator();
        while ((feeds.size() > configuration.cacheFeeds() || cachedBytes > configuration.cacheBytes())
                && eldest.hasNext()) {
            Feed evicted = eldest.next().getValue();
            if (evicted != feed) {
                cachedBytes -= evicted.size();
                eldest.remove();
            }
        }
    }
}
