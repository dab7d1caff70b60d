/** Plain JDBC with bound parameters, for the queries that are built at run time. */
package org.learncal.db;
