/** Holds the service to its OpenAPI contract (api-spec/openapi.yaml) and checks the published API docs. */
package org.learncal.apispec;
