-- Failed console sign-ins per client address, counted across instances to slow down guessing.
CREATE TABLE sign_in_failure (
    address    VARCHAR(64) NOT NULL,
    failed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failure_address ON sign_in_failure (address, failed_at);
