package org.learncal.apidocs;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI contract packaged from api-spec/. A controller rather than a static resource because
 * static resources would go out as text/plain: Micronaut's file-extension table has no entry for YAML.
 */
@Controller("/api-spec")
public class ApiSpecController {
    /** The media type of YAML (RFC 9512). */
    public static final String YAML = "application/yaml";
    private static final String SPEC = "classpath:api-spec/openapi.yaml";

    private final byte[] spec;

    ApiSpecController(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream(SPEC)
                .orElseThrow(() -> new IllegalStateException(SPEC + " is missing from the build"))) {
            this.spec = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(uri = "/openapi.yaml", produces = YAML)
    public HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(spec).contentType(YAML + ";charset=utf-8");
    }
}
