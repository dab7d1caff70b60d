package org.learncal.seed;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Whether to load seed data at startup, and from where: {@code classpath:seed-data} (the copy packaged
 * in the jar) or a folder on disk.
 */
@ConfigurationProperties("learncal.seed")
public record SeedConfiguration(@Bindable(defaultValue = "true") boolean enabled,
                                @Bindable(defaultValue = "classpath:seed-data") String location) {
}
