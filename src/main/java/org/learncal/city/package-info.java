/** The API of cities, their time zones and their memberships in learning-city networks. */
package org.learncal.city;
