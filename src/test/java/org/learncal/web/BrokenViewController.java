package org.learncal.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/** A page whose template fails while it renders (test-broken.html), for {@link RenderFailureTest} only. */
@Controller("/test/broken-view")
@Requires(property = RenderFailureTest.PROPERTY)
class BrokenViewController {

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page() {
        return new ModelAndView<>("test-broken", Map.of());
    }
}
