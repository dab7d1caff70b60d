-- Console sign-ins: only the SHA-256 hash of each session id is stored; any instance accepts the session.
CREATE TABLE console_session (
    id_hash      VARCHAR(64)  PRIMARY KEY,
    csrf         VARCHAR(64)  NOT NULL,
    scope        VARCHAR(16)  NOT NULL,
    scope_slug   VARCHAR(80),
    token_name   VARCHAR(200) NOT NULL,
    token_id     UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX console_session_last_seen ON console_session (last_seen_at);
