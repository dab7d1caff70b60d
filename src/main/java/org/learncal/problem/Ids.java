package org.learncal.problem;

import java.util.UUID;

/** Ids in paths: a text that is not a UUID names nothing, so it answers 404 like an unknown id. */
public final class Ids {
    private Ids() {
    }

    /** The UUID in {@code id}, or 404 "No {what} '{id}'". */
    public static UUID parse(String id, String what) {
        return parse(id, what, id);
    }

    /** The UUID in {@code id}, or 404 naming {@code shown} (say, the file name the id came from). */
    public static UUID parse(String id, String what, String shown) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound(what, shown);
        }
    }
}
