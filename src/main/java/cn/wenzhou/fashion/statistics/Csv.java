package cn.wenzhou.fashion.statistics;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rows of records as CSV (RFC 4180) with a header of the component names. Bureau staff open these files in a
 * spreadsheet, which runs a cell that starts like a formula: a text cell starting with {@code = + - @}, tab or
 * carriage return gets a leading {@code '} (OWASP's advice on CSV injection), so that it shows as the text it is.
 * Numbers are left as they are: the code writes them, not a user, and a spreadsheet must be able to add up a
 * negative amount.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    public static String of(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] components = type.getRecordComponents();
        return table(Stream.of(components).map(RecordComponent::getName).toList(),
                rows.stream().map(row -> Stream.of(components).map(c -> value(c, row)).toList()).toList());
    }

    /** Rows whose columns are known only at run time (an event's list has the columns the event asks for). */
    public static String table(List<String> header, List<? extends List<?>> rows) {
        var csv = new StringBuilder(header.stream().map(Csv::cell).collect(Collectors.joining(","))).append('\n');
        for (List<?> row : rows) {
            csv.append(row.stream().map(Csv::cell).collect(Collectors.joining(","))).append('\n');
        }
        return csv.toString();
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(Object value) {
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
