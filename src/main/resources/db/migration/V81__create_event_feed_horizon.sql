-- The newest change number whose older history was pruned: a change-feed position before it is expired (410).
CREATE TABLE event_feed_horizon (
    id             INTEGER PRIMARY KEY,
    pruned_through BIGINT  NOT NULL
);
INSERT INTO event_feed_horizon (id, pruned_through) VALUES (1, 0);
