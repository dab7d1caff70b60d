package org.learncal.manage;

import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Every /manage route the service has, as the router knows it, with its path variables filled in. */
record ConsoleRoutes(List<Route> all) {
    /** One route: its method, its template, and a path to call it by. */
    record Route(HttpMethod method, String template, String path) {
        boolean isPost() {
            return method == HttpMethod.POST;
        }

        ConsoleAccess access() {
            return ConsoleAccess.of(path);
        }
    }

    static ConsoleRoutes of(Router router, String eventId) {
        TreeSet<String> seen = new TreeSet<>();
        List<Route> routes = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/manage"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .filter(route -> seen.add(route.getHttpMethod() + " " + route.getUriMatchTemplate()))
                .map(route -> new Route(route.getHttpMethod(), route.getUriMatchTemplate().toString(),
                        fill(route.getUriMatchTemplate().toString(), eventId)))
                .sorted(java.util.Comparator.comparing(Route::template).thenComparing(Route::method))
                .collect(Collectors.toList());
        return new ConsoleRoutes(routes);
    }

    private static String fill(String template, String eventId) {
        return template.replace("{id}", eventId).replace("{kind}", "organizers").replace("{slug}", "um6p")
                .replace("{action}", "refresh");
    }
}
