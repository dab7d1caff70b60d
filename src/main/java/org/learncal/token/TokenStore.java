package org.learncal.token;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores API tokens. */
@Singleton
public class TokenStore {
    private static final String COLUMNS = "id, name, scope, scope_slug, secret_hash, created_at, last_used_at";

    private final Sql sql;

    public TokenStore(Sql sql) {
        this.sql = sql;
    }

    @Transactional
    public void insert(ApiToken token) {
        sql.update("INSERT INTO api_token (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                java.util.Arrays.asList(token.id(), token.name(), token.scope().name(), token.scopeSlug(),
                        token.secretHash(), token.createdAt(), token.lastUsedAt()));
    }

    @Transactional
    public Optional<ApiToken> findByHash(String secretHash) {
        return sql.query("SELECT " + COLUMNS + " FROM api_token WHERE secret_hash = ?", List.of(secretHash),
                TokenStore::read).stream().findFirst();
    }

    @Transactional
    public List<ApiToken> list(Scope scope, String slug) {
        return sql.query("SELECT " + COLUMNS + " FROM api_token WHERE scope = ? AND scope_slug = ? "
                + "ORDER BY created_at, id", List.of(scope.name(), slug), TokenStore::read);
    }

    /** Revokes a token by forgetting it; answers whether there was one. */
    @Transactional
    public boolean delete(UUID id, Scope scope, String slug) {
        return sql.update("DELETE FROM api_token WHERE id = ? AND scope = ? AND scope_slug = ?",
                List.of(id, scope.name(), slug)) == 1;
    }

    @Transactional
    public boolean exists(UUID id) {
        return !sql.query("SELECT 1 FROM api_token WHERE id = ?", List.of(id), row -> 1).isEmpty();
    }

    @Transactional
    public void touch(UUID id, Instant at) {
        sql.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", List.of(at, id));
    }

    private static ApiToken read(ResultSet row) throws SQLException {
        return new ApiToken(row.getObject("id", UUID.class), row.getString("name"),
                Scope.valueOf(row.getString("scope")), row.getString("scope_slug"), row.getString("secret_hash"),
                Sql.instant(row, "created_at"), Sql.instant(row, "last_used_at"));
    }
}
