/** Loads the catalogue in seed-data/ into a database, once and idempotently. */
package org.learncal.seed;
