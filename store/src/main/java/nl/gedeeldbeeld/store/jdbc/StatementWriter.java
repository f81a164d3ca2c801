package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import nl.gedeeldbeeld.model.statement.Statement;

/**
 * Writes one batch of statements inside the caller's transaction: new ids are inserted, known ids only get
 * their last-seen moved forward. The statements must have distinct ids.
 */
interface StatementWriter {

    /** @return how many statements were new; the rest were already stored */
    long write(Connection connection, Collection<Statement> statements) throws SQLException;
}
