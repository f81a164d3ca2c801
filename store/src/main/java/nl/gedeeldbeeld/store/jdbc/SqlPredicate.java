package nl.gedeeldbeeld.store.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A SQL boolean expression with its bind parameters, built only from fixed column names and placeholders:
 * every value (partner, regime, schema, property, entity id, date) is a parameter, never part of the text.
 * TRUE and FALSE simplify away, so an empty grant drops out of the query instead of matching everything.
 */
record SqlPredicate(String sql, List<Object> params) {
    static final SqlPredicate TRUE = new SqlPredicate("1 = 1", List.of());
    static final SqlPredicate FALSE = new SqlPredicate("1 = 0", List.of());

    SqlPredicate {
        params = List.copyOf(params);
    }

    static SqlPredicate equal(String column, String value) {
        return new SqlPredicate(column + " = ?", List.of(value));
    }

    /** {@code column = ANY(?)} with one array parameter, the form the store's entity reads already use on both databases. */
    static SqlPredicate in(String column, Collection<String> values) {
        if (values.isEmpty()) {
            return FALSE;
        }
        // Cast to Object: List.of would otherwise spread the array into its elements (varargs).
        Object array = values.stream().sorted().toArray(String[]::new);
        return new SqlPredicate(column + " = ANY(?)", List.of(array));
    }

    static SqlPredicate atLeast(String column, LocalDate value) {
        return new SqlPredicate(column + " >= ?", List.of(value));
    }

    static SqlPredicate before(String column, LocalDate value) {
        return new SqlPredicate(column + " < ?", List.of(value));
    }

    static SqlPredicate and(List<SqlPredicate> terms) {
        if (terms.stream().anyMatch(SqlPredicate::isFalse)) {
            return FALSE;
        }
        List<SqlPredicate> kept = terms.stream().filter(t -> !t.isTrue()).toList();
        return join(kept, " AND ", TRUE);
    }

    static SqlPredicate or(List<SqlPredicate> terms) {
        if (terms.stream().anyMatch(SqlPredicate::isTrue)) {
            return TRUE;
        }
        List<SqlPredicate> kept = terms.stream().filter(t -> !t.isFalse()).toList();
        return join(kept, " OR ", FALSE);
    }

    static SqlPredicate not(SqlPredicate term) {
        if (term.isTrue()) {
            return FALSE;
        }
        if (term.isFalse()) {
            return TRUE;
        }
        return new SqlPredicate("NOT (" + term.sql + ")", term.params);
    }

    /**
     * By identity: TRUE and FALSE are only ever these two constants (every simplification returns them), and
     * comparing by value would compare the SQL text of every term, which a policed read does many times.
     */
    boolean isFalse() {
        return this == FALSE;
    }

    boolean isTrue() {
        return this == TRUE;
    }

    private static SqlPredicate join(List<SqlPredicate> kept, String operator, SqlPredicate empty) {
        if (kept.isEmpty()) {
            return empty;
        }
        if (kept.size() == 1) {
            return kept.get(0);
        }
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (SqlPredicate t : kept) {
            sql.append(sql.length() == 0 ? "(" : operator).append('(').append(t.sql).append(')');
            params.addAll(t.params);
        }
        return new SqlPredicate(sql.append(')').toString(), params);
    }

    /** Binds the parameters from position 1; returns the SQL arrays made for them, for the caller to free. */
    List<Array> bind(Connection c, PreparedStatement ps) throws SQLException {
        List<Array> arrays = new ArrayList<>();
        int i = 1;
        for (Object p : params) {
            if (p instanceof String s) {
                ps.setString(i++, s);
            } else if (p instanceof String[] values) {
                Array array = c.createArrayOf("VARCHAR", values);
                arrays.add(array);
                ps.setArray(i++, array);
            } else if (p instanceof LocalDate date) {
                ps.setObject(i++, date);
            } else {
                throw new IllegalStateException("unsupported parameter type " + p.getClass().getSimpleName());
            }
        }
        return arrays;
    }
}
