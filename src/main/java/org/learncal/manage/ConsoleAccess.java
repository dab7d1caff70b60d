package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import org.learncal.token.Scope;

import java.util.Optional;

/**
 * Which console paths need which sign-in: the sign-in page none; the console's start, sign-out and events any
 * session (each writes the events the API lets it write); and each other area the scope it serves. Every
 * /manage path falls under exactly one rule.
 */
enum ConsoleAccess {
    PUBLIC(null), ANY_SESSION(null), ORGANIZER(Scope.ORGANIZER), NETWORK(Scope.NETWORK), ADMIN(Scope.ADMIN);

    static final String SIGN_IN = "/manage/sign-in";

    private final @Nullable Scope scope;

    ConsoleAccess(@Nullable Scope scope) {
        this.scope = scope;
    }

    static ConsoleAccess of(String path) {
        if (path.equals(SIGN_IN)) {
            return PUBLIC;
        }
        if (under(path, "/manage/import")) {
            return ORGANIZER;
        }
        if (under(path, "/manage/review") || under(path, "/manage/network")) {
            return NETWORK;
        }
        if (under(path, "/manage/admin")) {
            return ADMIN;
        }
        return ANY_SESSION;
    }

    Optional<Scope> scope() {
        return Optional.ofNullable(scope);
    }

    private static boolean under(String path, String area) {
        return path.equals(area) || path.startsWith(area + "/");
    }
}
