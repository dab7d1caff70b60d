package org.learncal.link;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Where the service is reached from outside, e.g. {@code https://learncal.org}; links and feeds use it. */
@ConfigurationProperties("learncal")
public record PublicUrlConfiguration(@Bindable(defaultValue = "http://localhost:8080") String publicUrl) {

    public String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
