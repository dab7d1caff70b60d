package org.learncal.source;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;
import org.learncal.event.EventFormat;
import org.learncal.text.Wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sources, their health and their lease. A lease is a row condition, not a lock held in memory: an
 * instance takes a source only while it is due and no unexpired lease is on it, so among instances sharing
 * the database exactly one pulls it per interval.
 */
@Singleton
public class SourceStore {
    private static final String COLUMNS = "id, url, organizer_slug, language, topics, format, trust, "
            + "update_authority, interval_seconds, state, state_reason, created_by, created_at, runs, last_attempt, "
            + "last_success, last_outcome, last_detail, last_run, failures, next_attempt, etag, last_modified, "
            + "content_hash";

    /** A source with how pulling it goes. */
    public record Stored(Source source, Health health) {
    }

    private final Sql sql;
    private final JsonMapper json;

    SourceStore(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Transactional
    public void insert(Source source, Health health) {
        sql.update("INSERT INTO source (" + COLUMNS + ", confirmed) VALUES (" + "?, ".repeat(24) + "FALSE)",
                values(source, health));
    }

    /** Any source not deleted. */
    @Transactional
    public Optional<Stored> find(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM source WHERE id = ? AND state <> 'deleted'", List.of(id),
                this::read).stream().findFirst();
    }

    @Transactional
    public List<Stored> list() {
        return sql.query("SELECT " + COLUMNS + " FROM source WHERE state <> 'deleted' ORDER BY created_at, id",
                List.of(), this::read);
    }

    /** Active sources due by {@code now}, soonest first. */
    @Transactional
    public List<UUID> due(Instant now, int limit) {
        return sql.query("SELECT id FROM source WHERE state = 'active' AND next_attempt <= ? "
                + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt, id LIMIT " + limit,
                List.of(now, now), row -> row.getObject(1, UUID.class));
    }

    /**
     * Takes the lease if the source is still due (or {@code force}: a pull asked for now) and no other lease is
     * live. Answers whether this instance got it.
     */
    @Transactional
    public boolean lease(UUID id, String owner, Instant now, Instant until, boolean force) {
        return sql.update("UPDATE source SET lease_owner = ?, lease_until = ? WHERE id = ? AND state = 'active' "
                + "AND (lease_until IS NULL OR lease_until < ?)" + (force ? "" : " AND next_attempt <= ?"),
                force ? List.of(owner, until, id, now) : List.of(owner, until, id, now, now)) == 1;
    }

    /** Records a run and gives the lease back. */
    @Transactional
    public void finish(UUID id, String owner, Health health, Source.State state, String reason) {
        sql.update("UPDATE source SET runs = ?, last_attempt = ?, last_success = ?, last_outcome = ?, "
                + "last_detail = ?, last_run = ?, failures = ?, next_attempt = ?, etag = ?, last_modified = ?, "
                + "content_hash = ?, state = ?, state_reason = ?, lease_owner = NULL, lease_until = NULL "
                + "WHERE id = ? AND lease_owner = ?", Arrays.asList(health.runs(), health.lastAttempt(),
                health.lastSuccess(), health.lastOutcome() == null ? null : Wire.of(health.lastOutcome()),
                health.lastDetail(), summary(health.lastRun()), health.failures(), health.nextAttempt(),
                health.etag(), health.lastModified(), health.contentHash(), Wire.of(state), reason, id, owner));
    }

    /** New settings or state from the API, and the next attempt; a resume also forgets past failures. */
    @Transactional
    public void update(Source source, Instant next, boolean resume) {
        sql.update("UPDATE source SET url = ?, language = ?, topics = ?, format = ?, trust = ?, "
                + "update_authority = ?, interval_seconds = ?, state = ?, state_reason = ?, next_attempt = ?"
                + (resume ? ", failures = 0" : "") + " WHERE id = ?", Arrays.asList(source.url().toString(), source.language(),
                String.join(",", source.topics()), source.format() == null ? null : Wire.of(source.format()),
                Wire.of(source.trust()), Wire.of(source.updateAuthority()), source.interval().toSeconds(),
                Wire.of(source.state()), source.stateReason(), next, source.id()));
    }

    /** A moderator let the next run cancel past the circuit breaker; the run takes the permission. */
    @Transactional
    public void confirm(UUID id, boolean confirmed) {
        sql.update("UPDATE source SET confirmed = ? WHERE id = ?", List.of(confirmed, id));
    }

    @Transactional
    public boolean isConfirmed(UUID id) {
        return sql.query("SELECT confirmed FROM source WHERE id = ?", List.of(id), row -> row.getBoolean(1))
                .stream().findFirst().orElse(false);
    }

    private List<Object> values(Source source, Health health) {
        return Arrays.asList(source.id(), source.url().toString(), source.organizer(), source.language(),
                String.join(",", source.topics()), source.format() == null ? null : Wire.of(source.format()),
                Wire.of(source.trust()), Wire.of(source.updateAuthority()), source.interval().toSeconds(),
                Wire.of(source.state()), source.stateReason(), source.createdBy(), source.createdAt(), health.runs(),
                health.lastAttempt(), health.lastSuccess(),
                health.lastOutcome() == null ? null : Wire.of(health.lastOutcome()), health.lastDetail(),
                summary(health.lastRun()), health.failures(), health.nextAttempt(), health.etag(),
                health.lastModified(), health.contentHash());
    }

    private Stored read(ResultSet row) throws SQLException {
        String topics = row.getString("topics");
        String format = row.getString("format");
        String outcome = row.getString("last_outcome");
        Source source = new Source(row.getObject("id", UUID.class), URI.create(row.getString("url")),
                row.getString("organizer_slug"), row.getString("language"),
                topics.isEmpty() ? List.of() : List.of(topics.split(",")),
                format == null ? null : Wire.parse(EventFormat.class, format).orElseThrow(),
                Wire.parse(Source.Trust.class, row.getString("trust")).orElseThrow(),
                Wire.parse(Source.Authority.class, row.getString("update_authority")).orElseThrow(),
                Duration.ofSeconds(row.getLong("interval_seconds")),
                Wire.parse(Source.State.class, row.getString("state")).orElseThrow(), row.getString("state_reason"),
                row.getString("created_by"), Sql.instant(row, "created_at"));
        String run = row.getString("last_run");
        Health health = new Health(row.getLong("runs"), Sql.instant(row, "last_attempt"),
                Sql.instant(row, "last_success"),
                outcome == null ? null : Wire.parse(Outcome.class, outcome).orElseThrow(), row.getString("last_detail"),
                run == null ? null : read(run), row.getInt("failures"), Sql.instant(row, "next_attempt"),
                row.getString("etag"), row.getString("last_modified"), row.getString("content_hash"));
        return new Stored(source, health);
    }

    private String summary(RunSummary summary) {
        try {
            return summary == null ? null : json.writeValueAsString(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RunSummary read(String summary) {
        try {
            return json.readValue(summary, RunSummary.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
