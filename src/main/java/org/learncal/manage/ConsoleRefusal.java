package org.learncal.manage;

import io.micronaut.http.HttpStatus;
import org.learncal.problem.CrossOriginRefusal;
import org.learncal.problem.Problem;

/**
 * Why the console refused a request, as texts of the reader's language: the page's title and reason. A problem
 * raised anywhere behind a console page (an unknown event, another organizer's, a form without its CSRF token)
 * is told by its status; the CSRF and cross-origin refusals by their details.
 */
record ConsoleRefusal(HttpStatus status, String titleKey, String reasonKey) {
    static final String CSRF_DETAIL = "This form has no valid CSRF token; reload the page and send it again";

    static ConsoleRefusal forbidden(String reasonKey) {
        return new ConsoleRefusal(HttpStatus.FORBIDDEN, "manage.refused.title", reasonKey);
    }

    static ConsoleRefusal of(Problem problem) {
        HttpStatus status = HttpStatus.valueOf(problem.status());
        if (status == HttpStatus.NOT_FOUND) {
            return new ConsoleRefusal(status, "manage.refused.notFoundTitle", "manage.refused.notFound");
        }
        if (status == HttpStatus.FORBIDDEN && problem.detail() != null
                && problem.detail().startsWith(CrossOriginRefusal.DETAIL_START)) {
            return forbidden("manage.refused.crossSite");
        }
        if (status == HttpStatus.FORBIDDEN) {
            return forbidden(CSRF_DETAIL.equals(problem.detail()) ? "manage.refused.csrf" : "manage.refused.forbidden");
        }
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            return new ConsoleRefusal(status, "manage.refused.title", "manage.refused.tooMany");
        }
        if (status.getCode() >= 500) {
            return new ConsoleRefusal(status, "manage.refused.failedTitle", "manage.refused.failed");
        }
        return new ConsoleRefusal(status, "manage.refused.invalidTitle", "manage.refused.invalid");
    }
}
