package org.learncal.token;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * Who made a request, as its bearer token says: the admin, or a token scoped to one organizer or network.
 * {@code name} is the token's name, which the history records; the secret is never kept here.
 */
public record Caller(Scope scope, @Nullable String slug, String name, @Nullable UUID tokenId) {
    public static final Caller ADMIN = new Caller(Scope.ADMIN, null, "admin", null);

    public boolean isAdmin() {
        return scope == Scope.ADMIN;
    }

    /** The key its write budget is counted under. */
    public String rateKey() {
        return tokenId == null ? "admin" : tokenId.toString();
    }
}
