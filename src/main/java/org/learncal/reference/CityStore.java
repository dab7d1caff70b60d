package org.learncal.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Stored cities. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface CityStore extends CrudRepository<City, String> {

    List<City> findAllOrderByName();

    List<City> findBySlugIn(Collection<String> slugs);

    /** The slugs of the cities in these countries (ISO 3166-1 alpha-2 codes). */
    List<String> findSlugByCountryIn(Collection<String> countries);
}
