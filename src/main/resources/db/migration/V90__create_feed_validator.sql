-- The validators last served for each feed (org.learncal.feed.FeedValidatorStore), by a hash of the feed's cache
-- key: its ETag and the Last-Modified decided for those bytes. Every instance, and this one after a restart,
-- answers the same date for the same bytes and a later one for other bytes. Written only when the ETag changes;
-- revision makes that write a compare-and-set between instances.
CREATE TABLE feed_validator (
    key_hash      CHAR(64)     PRIMARY KEY,
    etag          VARCHAR(100) NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE,
    revision      BIGINT       NOT NULL
);
