package org.learncal.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A conjunction of SQL conditions with their bound parameters. */
final class SqlConditions {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    void add(String clause, Object... values) {
        clauses.add(clause);
        parameters.addAll(List.of(values));
    }

    void add(String clause, List<Object> values) {
        clauses.add(clause);
        parameters.addAll(values);
    }

    void in(String column, List<String> values) {
        subquery(column + " IN (%s)", values);
    }

    void subquery(String template, List<String> values) {
        if (!values.isEmpty()) {
            add(String.format(template, String.join(", ", Collections.nCopies(values.size(), "?"))),
                    values.toArray());
        }
    }

    /** Only what follows the cursor's event in start order. */
    void after(Cursor cursor) {
        // the first condition alone is a range on the start index, so deep pages start where they begin
        add("e.start_at >= ?", cursor.lastStart());
        add("(e.start_at > ? OR (e.start_at = ? AND e.id > ?))", cursor.lastStart(), cursor.lastStart(),
                cursor.lastId());
    }

    /** A copy, to which one search adds conditions of its own. */
    SqlConditions copy() {
        SqlConditions copy = new SqlConditions();
        copy.clauses.addAll(clauses);
        copy.parameters.addAll(parameters);
        return copy;
    }

    String sql() {
        return String.join(" AND ", clauses);
    }

    List<Object> parameters() {
        return parameters;
    }
}
