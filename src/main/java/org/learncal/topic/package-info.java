/** The API of topics that events are tagged with, labelled in English and French. */
package org.learncal.topic;
