package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import javax.sql.DataSource;
import nl.gedeeldbeeld.store.StoreException;
import nl.gedeeldbeeld.store.WriteGeneration;

/** Connection and transaction handling in one place, so every operation rolls back the same way. */
final class Jdbc {
    /** SQL state of a unique or primary-key violation, in H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";
    /** SQL state of a serialization failure (PostgreSQL; H2 for a deadlock). */
    static final String SERIALIZATION_FAILURE = "40001";
    /** H2's state for a row another transaction changed under a repeatable read (ErrorCode.CONCURRENT_UPDATE_1). */
    static final String H2_CONCURRENT_UPDATE = "90131";

    private Jdbc() {
    }

    /**
     * The transaction an audited write opened on this thread ({@link #inSharedTransaction}): every read and
     * write on the same data source inside it joins it, so the registers' own methods (each one transaction
     * when called alone) commit together with the write's audit outbox rows, without each taking a
     * connection parameter.
     */
    private record Shared(DataSource dataSource, Connection connection) {
    }

    private static final ThreadLocal<Shared> SHARED = new ThreadLocal<>();

    private static Connection shared(DataSource dataSource) {
        Shared s = SHARED.get();
        return s != null && s.dataSource() == dataSource ? s.connection() : null;
    }

    /** True while this thread runs inside {@link #inSharedTransaction} on this data source. */
    static boolean inSharedTransaction(DataSource dataSource) {
        return shared(dataSource) != null;
    }

    /**
     * Runs the work in one transaction that every {@link #read}, {@link #inTransaction} and
     * {@link #insertUnlessPresent} on this data source in the same thread joins, until it returns; all of it
     * commits, or none of it. A joined transaction's isolation is the shared one's (the default).
     */
    static <T> T inSharedTransaction(DataSource dataSource, String operation, Work<T> work) {
        if (SHARED.get() != null) {
            throw new IllegalStateException("a shared transaction is already open on this thread");
        }
        return inTransaction(dataSource, operation, -1, c -> {
            SHARED.set(new Shared(dataSource, c));
            try {
                return work.apply(c);
            } finally {
                SHARED.remove();
            }
        });
    }

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Sets a statement's parameters; every value goes through here, never into the SQL text. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The rows of one query, mapped, in the order the query gives. */
    static <T> List<T> query(Connection c, String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        }
    }

    /** Keys per DELETE in {@link #deleteWhereIn}: a few hundred array elements bind quickly on both databases. */
    private static final int DELETE_CHUNK = 500;

    /**
     * Deletes, in one transaction, the rows of {@code table} whose {@code column} is one of {@code keys}, a chunk
     * of keys per statement. Table and column are the caller's fixed names, never input; the keys are bound.
     */
    static void deleteWhereIn(DataSource dataSource, String operation, String table, String column, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> all = new ArrayList<>(new HashSet<>(keys));
        // Only the audit outbox and the index backlog are cleared this way; neither changes what a read sees.
        inTransactionKeepingReads(dataSource, operation, c -> {
            for (int from = 0; from < all.size(); from += DELETE_CHUNK) {
                SqlPredicate chunk = SqlPredicate.in(column, all.subList(from, Math.min(all.size(), from + DELETE_CHUNK)));
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + chunk.sql())) {
                    List<java.sql.Array> arrays = chunk.bind(c, ps);
                    ps.executeUpdate();
                    for (java.sql.Array a : arrays) {
                        a.free();
                    }
                }
            }
            return null;
        });
    }

    /** Runs one INSERT, UPDATE or DELETE; returns the rows it changed. */
    static int update(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    static <T> T read(DataSource dataSource, String operation, Work<T> work) {
        Connection joined = shared(dataSource);
        if (joined != null) {
            try {
                return work.apply(joined);
            } catch (SQLException e) {
                throw failure(operation, e);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /** Runs the work in one transaction: all of it commits, or none of it does. */
    static <T> T inTransaction(DataSource dataSource, String operation, Work<T> work) {
        return inTransaction(dataSource, operation, -1, work);
    }

    /**
     * Runs the work in one transaction at this isolation level ({@link Connection#TRANSACTION_REPEATABLE_READ}
     * …, or -1 for the connection's default); the connection gets its previous level back, since a pool
     * hands it on.
     */
    static <T> T inTransaction(DataSource dataSource, String operation, int isolation, Work<T> work) {
        return inTransaction(dataSource, operation, isolation, true, work);
    }

    /**
     * As {@link #inTransaction(DataSource, String, Work)}, for a write that changes no read's answer (an alert, an
     * export request, the audit outbox, the index backlog): it leaves {@link WriteGeneration} where it is, so the
     * cached projections of the readers stay valid. Never for statements, judgements or registers.
     */
    static <T> T inTransactionKeepingReads(DataSource dataSource, String operation, Work<T> work) {
        return inTransaction(dataSource, operation, -1, false, work);
    }

    private static <T> T inTransaction(DataSource dataSource, String operation, int isolation, boolean changesReads,
                                       Work<T> work) {
        Connection joined = shared(dataSource);
        if (joined != null) {
            return nested(joined, operation, work);
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int previousIsolation = -1;
            // Asked only when changed: on PostgreSQL the question may cost a round trip.
            if (isolation >= 0) {
                previousIsolation = c.getTransactionIsolation();
                c.setTransactionIsolation(isolation);
            }
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                boolean counted = changesReads && SharedGeneration.countsInDatabase(c);
                if (counted) {
                    // Before the commit as well: a process that dies between its commit and the number below
                    // still leaves a moved generation behind (only a reader between these two moments keeps an
                    // outdated entry, until the next write).
                    SharedGeneration.advance(c);
                }
                c.commit();
                if (changesReads) {
                    // After the commit: whoever sees the new generation also sees these rows.
                    WriteGeneration.advance();
                    if (counted) {
                        advanceAfterCommit(c);
                    }
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
                if (previousIsolation >= 0) {
                    c.setTransactionIsolation(previousIsolation);
                }
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * The database's number once more after the commit. The write has committed by now, so a failure here must
     * not be reported as the write's: the number taken before the commit has already moved the generation.
     */
    private static void advanceAfterCommit(Connection c) {
        try {
            SharedGeneration.advance(c);
            c.commit();
        } catch (SQLException e) {
            System.getLogger(Jdbc.class.getName()).log(System.Logger.Level.WARNING,
                    "write generation not advanced after a commit (the number taken before it stands)", e);
        }
    }

    /**
     * A transaction inside the shared one, under a savepoint: when it fails, only its own changes are undone
     * (PostgreSQL would otherwise refuse the rest of the shared transaction after, say, the unique violation
     * {@link #insertUnlessPresent} expects), and the failure goes to the caller as it would alone.
     */
    private static <T> T nested(Connection c, String operation, Work<T> work) {
        try {
            Savepoint savepoint = c.setSavepoint();
            try {
                T result = work.apply(c);
                c.releaseSavepoint(savepoint);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback(savepoint);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * Runs an insert-if-absent in one transaction; true when it inserted. A concurrent writer that inserted
     * the same key first makes ours fail on the key, and PostgreSQL then refuses the rest of the
     * transaction, so the duplicate is recognised here, after the rollback, and answered as "was there".
     */
    static boolean insertUnlessPresent(DataSource dataSource, String operation, Work<Boolean> work) {
        return insertUnlessPresent(dataSource, operation, true, work);
    }

    /** As above, for a row no read's answer depends on (see {@link #inTransactionKeepingReads}). */
    static boolean insertUnlessPresentKeepingReads(DataSource dataSource, String operation, Work<Boolean> work) {
        return insertUnlessPresent(dataSource, operation, false, work);
    }

    private static boolean insertUnlessPresent(DataSource dataSource, String operation, boolean changesReads,
                                               Work<Boolean> work) {
        try {
            return inTransaction(dataSource, operation, -1, changesReads, work);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && isUniqueViolation(sql)) {
                return false;
            }
            throw e;
        }
    }

    static StoreException failure(String operation, SQLException e) {
        return new StoreException(operation + " failed (SQL state " + e.getSQLState() + ")", e);
    }

    static boolean isUniqueViolation(SQLException e) {
        return hasState(e, UNIQUE_VIOLATION);
    }

    /** A transaction that lost to a concurrent one and may succeed when run again. */
    static boolean isSerializationFailure(SQLException e) {
        return hasState(e, SERIALIZATION_FAILURE) || hasState(e, H2_CONCURRENT_UPDATE);
    }

    private static boolean hasState(SQLException e, String state) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (state.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
