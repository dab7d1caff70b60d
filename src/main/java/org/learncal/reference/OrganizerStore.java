package org.learncal.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Stored organizers. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface OrganizerStore extends CrudRepository<Organizer, String> {

    List<Organizer> findAllOrderByName();

    List<Organizer> findBySlugIn(Collection<String> slugs);
}
