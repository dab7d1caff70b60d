/** Work a start leaves to the background so that the service answers sooner, and a way to wait for it. */
package org.learncal.startup;
