/** LearnCal on other sites: the learncal-events web component, its iframe page, snippets and oEmbed. */
package org.learncal.embed;
