-- H2 writes its store to disk each time an identity column has handed out its cached values (32 by default), and
-- inside a long transaction that store holds the transaction's pages too: an import of 4,000 new events spent
-- 1.9 s of its 12.6 s writing history rows so (docs/benchmarks.md, "Imports: history ids"). A cache of 1,000 makes
-- that 4 times instead of 125. Ids skipped after a crash leave gaps, which nothing reads: only their order counts.
ALTER TABLE event_change ALTER COLUMN id SET CACHE 1000;
