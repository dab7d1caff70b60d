/** Publishes the OpenAPI contract (api-spec/openapi.yaml) and the browsable API reference at /api-docs/. */
package org.learncal.apidocs;
