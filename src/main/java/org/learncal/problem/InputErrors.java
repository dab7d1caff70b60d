package org.learncal.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with an input so that one response names them all. */
public final class InputErrors {
    private final List<Problem.InputError> errors = new ArrayList<>();

    public InputErrors add(String name, String reason) {
        errors.add(new Problem.InputError(name, reason));
        return this;
    }

    /** How many problems were collected: a part of an input is sound when it added none. */
    public int size() {
        return errors.size();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<Problem.InputError> list() {
        return List.copyOf(errors);
    }

    /** Throws a 400 naming every collected problem, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
