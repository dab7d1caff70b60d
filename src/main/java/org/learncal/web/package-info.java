/** Server-rendered web pages for educators: search, event pages, listings, subscribe boxes and Atom feeds. */
package org.learncal.web;
