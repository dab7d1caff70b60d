/** Per-token limits on writes: a token bucket kept in memory, per instance. */
package org.learncal.limit;
