/** The change feed (OpenActive RPDE) at /api/changes: every event change in commit order, deletions included. */
package org.learncal.change;
