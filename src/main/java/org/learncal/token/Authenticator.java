package org.learncal.token;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.learncal.limit.RateLimiter;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;

import java.time.Clock;

/**
 * Tells who a request comes from by its {@code Authorization: Bearer} token: 401 when the token is missing
 * or unknown, 403 when it is valid but not allowed here. Secrets are compared by hash, in constant time.
 */
@Singleton
public class Authenticator {
    private static final String BEARER = "Bearer ";

    private final TokenStore tokens;
    private final AdminConfiguration admin;
    private final RateLimiter rateLimiter;
    private final Clock clock;

    Authenticator(TokenStore tokens, AdminConfiguration admin, RateLimiter rateLimiter, Clock clock) {
        this.tokens = tokens;
        this.admin = admin;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    /** The caller of any authenticated request: admin, organizer or network. */
    public Caller caller(HttpRequest<?> request) {
        return bySecret(bearer(request));
    }

    /** The caller a pasted secret stands for (the console's sign-in); 401 when it is unknown or revoked. */
    public Caller bySecret(String secret) {
        if (admin.enabled() && Secrets.sameHash(Secrets.hash(secret), Secrets.hash(admin.token()))) {
            return Caller.ADMIN;
        }
        String hash = Secrets.hash(secret);
        ApiToken token = tokens.findByHash(hash).filter(found -> Secrets.sameHash(found.secretHash(), hash))
                .orElseThrow(() -> unauthorized("The bearer token is not valid (unknown or revoked)"));
        tokens.touch(token.id(), clock.instant());
        return token.caller();
    }

    /** The caller of a write, which also spends one unit of its write budget (429 when spent). */
    public Caller writer(HttpRequest<?> request) {
        Caller caller = caller(request);
        rateLimiter.spend(caller.rateKey(), caller.isAdmin());
        return caller;
    }

    /** Only the operator may go on; 403 when no admin token is configured at all. */
    public Caller admin(HttpRequest<?> request) {
        if (!admin.enabled()) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Admin endpoints are disabled: LEARNCAL_ADMIN_TOKEN is not set on this server");
        }
        Caller caller = caller(request);
        if (!caller.isAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the admin token may do this");
        }
        return caller;
    }

    private static String bearer(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw unauthorized("This needs an Authorization: Bearer token");
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.substring(BEARER.length()).isBlank()) {
            throw unauthorized("The Authorization header must be 'Bearer <token>'");
        }
        return header.substring(BEARER.length()).trim();
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(ProblemType.UNAUTHORIZED, detail)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"learncal\"");
    }
}
