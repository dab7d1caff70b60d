-- Tells this JVM of every write of the catalogue version in an embedded H2 database (the engine runs here), so
-- that feeds need not read the version for every poll while nothing was written (org.learncal.catalog.CatalogWrites).
CREATE TRIGGER catalog_version_writes AFTER INSERT, UPDATE, DELETE ON catalog_version FOR EACH ROW
    CALL 'org.learncal.catalog.CatalogWrites';
