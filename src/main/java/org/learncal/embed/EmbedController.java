package org.learncal.embed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.learncal.link.LinkFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The widget's script, and the iframe page that shows the widget for sites that allow no scripts. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class EmbedController {
    public static final String SCRIPT_RESOURCE = "/embed/learncal-events.js";

    private final byte[] script;
    private final EmbedFilters filters;
    private final LinkFactory links;

    EmbedController(EmbedFilters filters, LinkFactory links) {
        this.script = resource(SCRIPT_RESOURCE);
        this.filters = filters;
        this.links = links;
    }

    @Get(uri = EmbedSnippets.SCRIPT_PATH, produces = "text/javascript;charset=utf-8")
    public HttpResponse<byte[]> script() {
        return HttpResponse.ok(script).header("Cache-Control", "public, max-age=3600");
    }

    @Get(uri = EmbedSnippets.FRAME_PATH, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> frame(HttpRequest<?> request) {
        EmbedFilters.Embed embed = filters.parse(request.getParameters().asMap());
        Map<String, Object> model = Map.of("lang", embed.lang(), "dir", "ar".equals(embed.lang()) ? "rtl" : "ltr",
                "a", EmbedSnippets.attributes(embed.search(), embed.lang()),
                "all", links.absolute("/?" + embed.search().filterString()));
        return HttpResponse.ok(new ModelAndView<>("embed", model)).contentType(MediaType.TEXT_HTML);
    }

    static byte[] resource(String path) {
        try (InputStream in = EmbedController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
