/** Plain JDBC with bound parameters, for the queries built at run time, and H2 files that sync at commit. */
package org.learncal.db;
