/** Strict reading of request bodies: size limits, unknown and mistyped JSON fields named in one 400. */
package org.learncal.body;
