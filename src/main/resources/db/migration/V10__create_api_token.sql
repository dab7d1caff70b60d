-- API tokens: only the SHA-256 hash of each secret is stored, never the secret itself.
CREATE TABLE api_token (
    id           UUID         PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    scope        VARCHAR(16)  NOT NULL,
    scope_slug   VARCHAR(80)  NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_scope ON api_token (scope, scope_slug);
