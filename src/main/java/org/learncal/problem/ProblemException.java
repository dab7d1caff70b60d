package org.learncal.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown wherever a request cannot be served; {@link ProblemExceptionHandler} renders it. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final transient List<Problem.InputError> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.InputError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String key) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " '" + key + "'");
    }

    public static ProblemException invalid(List<Problem.InputError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).name() + ": " + errors.get(0).reason()
                : errors.size() + " inputs are invalid";
        return new ProblemException(ProblemType.INVALID_INPUT, detail, errors);
    }

    public static ProblemException invalid(String name, String reason) {
        return invalid(List.of(new Problem.InputError(name, reason)));
    }

    /** Adds a response header, such as {@code Retry-After} or {@code WWW-Authenticate}. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public ProblemType type() {
        return type;
    }

    public Problem problem() {
        return new Problem(type.uri(), type.title(), type.status().getCode(), getMessage(),
                errors.isEmpty() ? null : errors);
    }
}
