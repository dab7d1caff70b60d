/** The API of learning-city networks, such as the UNESCO Global Network of Learning Cities, and their members. */
package org.learncal.network;
