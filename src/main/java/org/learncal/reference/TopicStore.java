package org.learncal.reference;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored topics with their labels per language ({@code topic} and {@code topic_label}, V121). */
@Singleton
public class TopicStore {
    private static final String SELECT = "SELECT t.slug, l.language, l.label FROM topic t "
            + "JOIN topic_label l ON l.topic_slug = t.slug";
    private final Sql sql;

    public TopicStore(Sql sql) {
        this.sql = sql;
    }

    @Transactional
    public List<Topic> findAllOrderBySlug() {
        return read(SELECT + " ORDER BY t.slug", List.of());
    }

    public List<Topic> findAll() {
        return findAllOrderBySlug();
    }

    @Transactional
    public List<Topic> findBySlugIn(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return read(SELECT + " WHERE t.slug IN (" + String.join(", ", Collections.nCopies(slugs.size(), "?"))
                + ") ORDER BY t.slug", List.copyOf(slugs));
    }

    public Optional<Topic> findById(String slug) {
        return findBySlugIn(List.of(slug)).stream().findFirst();
    }

    @Transactional
    public boolean existsById(String slug) {
        return !sql.query("SELECT 1 FROM topic WHERE slug = ?", List.of(slug), row -> true).isEmpty();
    }

    @Transactional
    public long count() {
        return sql.query("SELECT COUNT(*) FROM topic", List.of(), row -> row.getLong(1)).get(0);
    }

    /** Adds a topic with its labels. */
    @Transactional
    public void save(Topic topic) {
        sql.update("INSERT INTO topic (slug) VALUES (?)", List.of(topic.slug()));
        sql.batch("INSERT INTO topic_label (topic_slug, language, label) VALUES (?, ?, ?)", topic.labels()
                .entrySet().stream().<List<?>>map(e -> List.of(topic.slug(), e.getKey(), e.getValue())).toList());
    }

    private List<Topic> read(String query, List<?> parameters) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        sql.query(query, parameters, row -> labels.computeIfAbsent(row.getString(1), slug -> new LinkedHashMap<>())
                .put(row.getString(2), row.getString(3)));
        List<Topic> topics = new ArrayList<>();
        labels.forEach((slug, byLanguage) -> topics.add(new Topic(slug, byLanguage)));
        return topics;
    }
}
