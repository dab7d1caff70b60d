package org.learncal.manage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * How long a console session lives without use, and how many failed sign-ins one address may make within
 * {@code signInWindow} before it must wait; the proxies (their addresses) whose X-Forwarded-For names the client.
 */
@ConfigurationProperties("learncal.console")
public record ConsoleConfiguration(@Bindable(defaultValue = "8h") Duration idleTimeout,
                                   @Bindable(defaultValue = "10") int signInFailures,
                                   @Bindable(defaultValue = "15m") Duration signInWindow,
                                   @Nullable List<String> trustedProxies) {
}
