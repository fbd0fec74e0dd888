package cn.wenzhou.fashion.robustness;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * The number of rows of every table of the application's schema, counted with one query over the tables the
 * database's metadata lists, so that a table added later is counted without a change here. Left out are the tables
 * that background work changes on its own: Flyway's history, the index outbox (drained by its processor every
 * second, whatever the requests do), the leases of the outbox and of scheduled jobs, and the notifications (the alerts'
 * news is written after each outbox batch; a workflow's notice is written in its change's transaction, which the counts
 * of the changed tables watch).
 */
final class RowCounts {

    private static final Set<String> BACKGROUND_TABLES = Set.of("flyway_schema_history", "index_event", "index_processor_lease",
            "scheduled_job_lock", "notification");

    private final DataSource dataSource;
    private final String query;
    private long nanos;

    RowCounts(DataSource dataSource) {
        this.dataSource = dataSource;
        this.query = countQuery(dataSource);
    }

    /** Rows by table, in the order of the tables' names. */
    Map<String, Long> now() {
        long started = System.nanoTime();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting rows failed: " + query, e);
        }
        nanos += System.nanoTime() - started;
        return counts;
    }

    /** How long counting took so far, in all. */
    long millis() {
        return nanos / 1_000_000;
    }

    /** The tables whose counts differ, as "table before→after". */
    static String changes(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(table -> !Objects.equals(before.get(table.getKey()), table.getValue()))
                .map(table -> table.getKey() + " " + before.get(table.getKey()) + "→" + table.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String countQuery(DataSource dataSource) {
        List<String> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            String quote = metadata.getIdentifierQuoteString().strip();
            try (ResultSet tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (!BACKGROUND_TABLES.contains(table.toLowerCase(Locale.ROOT))) {
                        counts.add("SELECT '" + table + "', COUNT(*) FROM " + quote + table + quote);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing the tables failed", e);
        }
        if (counts.size() < 5) {
            throw new IllegalStateException("expected the library's tables, found " + counts);
        }
        counts.sort(null);
        return String.join(" UNION ALL ", counts);
    }
}
