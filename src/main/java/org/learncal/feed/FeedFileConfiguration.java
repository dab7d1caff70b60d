package org.learncal.feed;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Which feed bodies are sent from a file ({@link BodyFile}): those of at least {@code minBytes} (below that a
 * copy costs less than the file), written to {@code directory} (default: the JVM's temporary folder).
 */
@ConfigurationProperties("learncal.feeds.files")
public record FeedFileConfiguration(@Bindable(defaultValue = "262144") int minBytes, @Nullable String directory) {
}
