package org.learncal.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Stored topics. Unquoted identifiers keep the generated SQL valid on H2 and PostgreSQL alike. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface TopicStore extends CrudRepository<Topic, String> {

    List<Topic> findAllOrderBySlug();

    List<Topic> findBySlugIn(Collection<String> slugs);
}
