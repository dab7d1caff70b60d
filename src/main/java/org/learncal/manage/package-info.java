/** The console under /manage: signed-in pages where organizers, networks and the admin do what the write API does. */
package org.learncal.manage;
