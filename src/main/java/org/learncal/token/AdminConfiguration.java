package org.learncal.token;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** The operator's token, from LEARNCAL_ADMIN_TOKEN; when blank, admin endpoints are switched off. */
@ConfigurationProperties("learncal.admin")
public record AdminConfiguration(@Nullable String token) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
