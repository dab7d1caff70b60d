package org.learncal.event;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The secret that signs paging cursors; instances behind one load balancer must share it. */
@ConfigurationProperties("learncal.cursor")
public record CursorConfiguration(String secret) {
}
