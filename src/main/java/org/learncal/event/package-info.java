/** Educational events: the domain type, its storage, search, the one write path (review, history) and the JSON API. */
package org.learncal.event;
