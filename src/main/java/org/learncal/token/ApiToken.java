package org.learncal.token;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A stored API token: its scope and name, and the SHA-256 hash of its secret (never the secret). */
public record ApiToken(UUID id, String name, Scope scope, String scopeSlug, String secretHash, Instant createdAt,
                       @Nullable Instant lastUsedAt) {

    public Caller caller() {
        return new Caller(scope, scopeSlug, name, id);
    }
}
