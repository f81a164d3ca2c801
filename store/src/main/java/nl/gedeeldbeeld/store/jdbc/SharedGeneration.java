package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database's share of the write generation, for PostgreSQL: a sequence ({@code write_generation}, migration
 * V14) that every committed write able to change a read advances, so that the per-slice projections of a
 * server also fall out of date when another process (a {@code gb ingest}, a {@code gb retention purge}, a second
 * server) writes to the same database. The process counter ({@link nl.gedeeldbeeld.store.WriteGeneration})
 * cannot see those writes. A sequence, not a counter row: {@code nextval} never waits for another writer's
 * transaction, so concurrent imports do not queue on it.
 *
 * <p>H2 runs embedded, its file locked by the one process that has it open, so there the process counter is
 * the whole truth and the sequence is left alone.
 */
final class SharedGeneration {
    private SharedGeneration() {
    }

    /** True when this connection's database is shared between processes (PostgreSQL). */
    static boolean countsInDatabase(Connection c) throws SQLException {
        // The PostgreSQL driver answers this from the connection it already has, without a round trip.
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    /**
     * Takes the next number; a sequence moves even when the transaction around it rolls back. A database not yet
     * at V14 (a store being migrated: the Java migrations write through this class too) has no sequence, and no
     * server can be reading it yet; {@code to_regclass} then gives null and {@code nextval(null)} null, where
     * naming the missing sequence would abort the transaction.
     */
    static void advance(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nextval(to_regclass('write_generation'))")) {
            rs.next();
        }
    }

    /** The last number taken by any process. */
    static long current(Connection c) throws SQLException {
        // A fresh sequence shows last_value 1 before its first nextval as after it; is_called tells them apart.
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM write_generation");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }
}
