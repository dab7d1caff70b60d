/** Turns every failure into an RFC 9457 application/problem+json response with a stable type URI. */
package org.learncal.problem;
