package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.gedeeldbeeld.store.StoreException;

/** Connection and transaction handling in one place, so every operation rolls back the same way. */
final class Jdbc {
    /** SQL state of a unique or primary-key violation, in H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    private Jdbc() {
    }

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    static <T> T read(DataSource dataSource, String operation, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /** Runs the work in one transaction: all of it commits, or none of it does. */
    static <T> T inTransaction(DataSource dataSource, String operation, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    static StoreException failure(String operation, SQLException e) {
        return new StoreException(operation + " failed (SQL state " + e.getSQLState() + ")", e);
    }

    static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
