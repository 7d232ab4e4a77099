package ru.efs.portfolio.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rows of one table, kept in memory until written with batched JDBC inserts. */
final class Rows {

    private static final int BATCH = 1000;

    final String table;
    final String[] columns;
    final List<Object[]> rows = new ArrayList<>();

    Rows(String table, String columns) {
        this.table = table;
        this.columns = columns.split(",\\s*");
    }

    Object[] add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length
                    + " columns");
        }
        rows.add(values);
        return values;
    }

    int size() {
        return rows.size();
    }

    /** Writes every row in batches; returns how many rows were written. */
    int insert(Connection connection) throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + "?, ".repeat(columns.length - 1) + "?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
        return rows.size();
    }
}
