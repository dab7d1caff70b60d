/** Plain JDBC with bound parameters, H2 files that sync at commit, and Flyway run only when the schema differs. */
package org.learncal.db;
