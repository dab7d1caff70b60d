package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The validators last served per feed, shared by every instance on the database. A feed is named by its cache
 * key (each variant of a feed has its own), stored as a SHA-256 hash since search keys can be long. The row is
 * written only when a feed's bytes change, so serving and re-rendering the same bytes costs one read.
 */
@Singleton
class FeedValidatorStore {
    private final Sql sql;

    FeedValidatorStore(Sql sql) {
        this.sql = sql;
    }

    private record Stored(FeedValidators validators, long revision) {
    }

    /**
     * The Last-Modified of the feed under {@code key} now rendered as {@code etag}: the one recorded for these
     * bytes, else a new one ({@link FeedValidators#after}), recorded. When instances record at once, one wins
     * and the others start again from its row.
     */
    @Nullable Instant lastModified(String key, String etag, @Nullable Instant newestChange, Instant now) {
        String hash = hash(key);
        while (true) {
            Stored stored = find(hash);
            if (stored != null && stored.validators().etag().equals(etag)) {
                return stored.validators().lastModified();
            }
            FeedValidators next = FeedValidators.after(stored == null ? null : stored.validators(), etag,
                    newestChange, now);
            if (stored == null ? inserted(hash, next) : replaced(hash, stored.revision(), next)) {
                return next.lastModified();
            }
        }
    }

    private @Nullable Stored find(String hash) {
        List<Stored> rows = sql.query("SELECT etag, last_modified, revision FROM feed_validator WHERE key_hash = ?",
                List.of(hash), row -> new Stored(new FeedValidators(row.getString("etag"),
                        Sql.instant(row, "last_modified")), row.getLong("revision")));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private boolean inserted(String hash, FeedValidators validators) {
        try {
            return sql.update("INSERT INTO feed_validator (key_hash, etag, last_modified, revision) VALUES (?, ?, ?, 1)",
                    Arrays.asList(hash, validators.etag(), validators.lastModified())) == 1;
        } catch (DataAccessException failure) {
            if (find(hash) == null) {
                throw failure;
            }
            return false; // another instance recorded this feed first
        }
    }

    private boolean replaced(String hash, long revision, FeedValidators validators) {
        return sql.update("UPDATE feed_validator SET etag = ?, last_modified = ?, revision = revision + 1 "
                + "WHERE key_hash = ? AND revision = ?",
                Arrays.asList(validators.etag(), validators.lastModified(), hash, revision)) == 1;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
