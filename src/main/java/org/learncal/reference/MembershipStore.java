package org.learncal.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Which cities belong to which networks. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface MembershipStore extends CrudRepository<Membership, Membership.Key> {

    List<Membership> findByKeyCitySlug(String citySlug);

    List<Membership> findByKeyNetworkSlug(String networkSlug);

    List<Membership> findAll();
}
