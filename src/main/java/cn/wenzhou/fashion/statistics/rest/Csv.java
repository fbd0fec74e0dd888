package cn.wenzhou.fashion.statistics.rest;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rows of records as CSV with a header of the component names. The values are codes and numbers, so none
 * needs quoting; a value with a comma or quote is quoted anyway.
 */
final class Csv {

    private Csv() {
    }

    static String of(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] components = type.getRecordComponents();
        var csv = new StringBuilder(Stream.of(components).map(RecordComponent::getName).collect(Collectors.joining(","))).append('\n');
        for (Record row : rows) {
            csv.append(Stream.of(components).map(c -> cell(value(c, row))).collect(Collectors.joining(","))).append('\n');
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
        String text = value == null ? "" : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
