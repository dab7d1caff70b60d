package org.learncal.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Stored networks. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface NetworkStore extends CrudRepository<Network, String> {

    List<Network> findAllOrderByName();

    List<Network> findBySlugIn(Collection<String> slugs);
}
