/** Beans that the whole service shares, such as the clock. */
package org.learncal.config;
