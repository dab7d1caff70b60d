package org.learncal.manage;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a sign-in is counted against. Behind a load balancer every request comes from the balancer, so
 * one client's failures would lock everyone out: when the peer is a trusted proxy, the client is the nearest
 * address in X-Forwarded-For that is not a trusted proxy. The entries left of it are the client's own words and
 * are never believed, and from any other peer the header is ignored, so it cannot be used to escape the limit.
 */
@Singleton
class ClientAddress {
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private final Set<String> trusted;

    ClientAddress(ConsoleConfiguration configuration) {
        List<String> proxies = configuration.trustedProxies() == null ? List.of() : configuration.trustedProxies();
        this.trusted = proxies.stream().map(String::trim).filter(proxy -> !proxy.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    String of(HttpRequest<?> request) {
        String peer = request.getRemoteAddress().getAddress().getHostAddress();
        String forwarded = request.getHeaders().get("X-Forwarded-For");
        if (!trusted.contains(peer) || forwarded == null) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!IP_LITERAL.matcher(hop).matches()) {
                // a proxy of ours wrote something that is no address: count the request against the proxy
                return peer;
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
