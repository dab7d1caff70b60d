package org.learncal.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A token as listed: never its secret. {@code token} carries the secret once, in the answer that issues it.
 */
@Serdeable
public record TokenView(UUID id, String name, String scope, String slug, Instant created,
                        @Nullable Instant lastUsed,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String token) {

    static TokenView of(ApiToken token, @Nullable String secret) {
        return new TokenView(token.id(), token.name(), token.scope().name().toLowerCase(Locale.ROOT),
                token.scopeSlug(), token.createdAt(), token.lastUsedAt(), secret);
    }
}
