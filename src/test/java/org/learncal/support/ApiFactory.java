package org.learncal.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;

/** Lets tests simply {@code @Inject Api api} to talk to the embedded server. */
@Factory
public class ApiFactory {

    @Singleton
    Api api(@Client("/") HttpClient client) {
        return new Api(client.toBlocking());
    }
}
