package org.learncal.token;

import jakarta.inject.Singleton;
import org.learncal.problem.Ids;
import org.learncal.problem.ProblemException;
import org.learncal.reference.Vocabulary;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Issues, lists and revokes organizer and network tokens, for the admin API and the console alike. */
@Singleton
public class TokenIssuer {
    private final TokenStore tokens;
    private final Vocabulary vocabulary;
    private final Clock clock;

    TokenIssuer(TokenStore tokens, Vocabulary vocabulary, Clock clock) {
        this.tokens = tokens;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /** A new token for an existing organizer or network; the view carries its secret, this once. */
    public TokenView issue(Scope scope, String slug, TokenRequest request) {
        requireExisting(scope, slug);
        String name = request.checkedName();
        String secret = Secrets.generate();
        ApiToken token = new ApiToken(UUID.randomUUID(), name, scope, slug, Secrets.hash(secret),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), null);
        tokens.insert(token);
        return TokenView.of(token, secret);
    }

    public List<TokenView> list(Scope scope, String slug) {
        requireExisting(scope, slug);
        return tokens.list(scope, slug).stream().map(token -> TokenView.of(token, null)).toList();
    }

    public void revoke(Scope scope, String slug, String id) {
        if (!tokens.delete(Ids.parse(id, "token"), scope, slug)) {
            throw ProblemException.notFound("token", id);
        }
    }

    /** Whether the token of a console session still exists (a revoked token ends its sessions). */
    public boolean isValid(Caller caller) {
        return caller.tokenId() == null || tokens.exists(caller.tokenId());
    }

    private void requireExisting(Scope scope, String slug) {
        boolean exists = scope == Scope.ORGANIZER ? vocabulary.isOrganizer(slug) : vocabulary.isNetwork(slug);
        if (!exists) {
            throw ProblemException.notFound(scope.name().toLowerCase(Locale.ROOT), slug);
        }
    }
}
