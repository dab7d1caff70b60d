package org.learncal.apispec;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

/** The spec, parsed once per application context, and recorded calls to the embedded server, for injection. */
@Factory
class ContractBeans {

    @Singleton
    ContractValidator contract() {
        return ContractValidator.load();
    }

    @Singleton
    ContractCalls calls(@Client("/") HttpClient client, ObjectMapper json) {
        return new ContractCalls(client, json);
    }
}
