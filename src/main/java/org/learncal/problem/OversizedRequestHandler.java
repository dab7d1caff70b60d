package org.learncal.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

/**
 * A request the HTTP decoder could not take whole: says which part was too large, the headers (431) or the
 * request line, that is the URI (414). The server answers such requests with status 413 "body too large"
 * unless a route handles that status: {@link TooLargeRoute} does, and binding the request to it raises the
 * decoder's failure, which lands here.
 */
@Produces
@Singleton
public class OversizedRequestHandler implements ExceptionHandler<TooLongFrameException, HttpResponse<Problem>> {
    private final NettyHttpServerConfiguration server;

    OversizedRequestHandler(NettyHttpServerConfiguration server) {
        this.server = server;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TooLongFrameException exception) {
        if (exception instanceof TooLongHttpHeaderException) {
            return Problems.response(ProblemType.HEADERS_TOO_LARGE.problem(
                    "The request's header fields are over the server's limit of "
                            + server.getMaxHeaderSize() + " bytes in all"));
        }
        if (exception instanceof TooLongHttpLineException) {
            return Problems.response(ProblemType.URI_TOO_LONG.problem(
                    "The request line (method, URI and version) is over the server's limit of "
                            + server.getMaxInitialLineLength() + " bytes"));
        }
        return tooLarge();
    }

    private static HttpResponse<Problem> tooLarge() {
        return Problems.response(ProblemType.PAYLOAD_TOO_LARGE.problem("The request is over the server's limit"));
    }

    /** Routes the server's own 413s through the exception handlers (see above). */
    @Controller
    static class TooLargeRoute {
        @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
        HttpResponse<Problem> tooLarge(HttpRequest<?> request) {
            return OversizedRequestHandler.tooLarge();
        }
    }
}
