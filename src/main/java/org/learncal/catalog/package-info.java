/** The catalogue-wide change counter that every write bumps and every cache checks. */
package org.learncal.catalog;
