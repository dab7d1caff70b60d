/** How requests are counted for operators: http_server_requests filed under the route that answered. */
package org.learncal.metrics;
