/** The API of topics that events are tagged with, labelled per language. */
package org.learncal.topic;
