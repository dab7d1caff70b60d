package org.learncal.problem;

import io.micronaut.http.HttpStatus;

/** The kinds of problem LearnCal reports; their type URIs are part of the API contract. */
public enum ProblemType {
    INVALID_INPUT(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid input"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed here"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "No acceptable representation"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
            "Unsupported content type"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Missing or invalid token"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Not allowed"),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflicts with the current state"),
    PRECONDITION_FAILED(HttpStatus.PRECONDITION_FAILED, "precondition-failed",
            "The resource changed since you read it"),
    PAYLOAD_TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "The request body is too large"),
    URI_TOO_LONG(HttpStatus.REQUEST_URI_TOO_LONG, "uri-too-long", "The request URI is too long"),
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large",
            "The request headers are too large"),
    CURSOR_EXPIRED(HttpStatus.GONE, "cursor-expired", "This position is older than the history kept"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests"),
    NOT_IMPLEMENTED(HttpStatus.NOT_IMPLEMENTED, "not-implemented", "Not offered"),
    SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "Internal server error"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "The database is unavailable"),
    /** After UNAVAILABLE: {@link #forStatus} gives the first type of a status. */
    BUSY(HttpStatus.SERVICE_UNAVAILABLE, "busy", "The catalogue is busy with another write");

    public static final String BASE_URI = "https://learncal.org/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int code) {
        for (ProblemType type : values()) {
            if (type.status.getCode() == code) {
                return type;
            }
        }
        return code >= 500 ? SERVER_ERROR : INVALID_INPUT;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status.getCode(), detail, null);
    }
}
