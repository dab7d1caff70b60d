/** Educational events: the domain type, its storage, search and the JSON API. */
package org.learncal.event;
