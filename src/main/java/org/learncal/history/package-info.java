/** The stored history of every change to an event: which token, when, which fields, old and new values. */
package org.learncal.history;
