/** API tokens (stored as hashes), the admin token, and who a request's bearer token says the caller is. */
package org.learncal.token;
