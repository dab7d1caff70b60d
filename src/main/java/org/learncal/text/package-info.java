/** Small text conventions shared by every feature: wire names of enums, search normalisation. */
package org.learncal.text;
