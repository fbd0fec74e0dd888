package cn.wenzhou.fashion.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.wenzhou.fashion.domain.AttendeeField;
import cn.wenzhou.fashion.event.RegistrationView;
import cn.wenzhou.fashion.statistics.Csv;

/**
 * An event's list of registrations as CSV (formula-safe, {@link Csv}), with the columns of the fields the event asks
 * for only: the API's download and the organiser's page's. It lives on the web floor because the CSV writer is on the
 * statistics floor, above the events' workflow.
 */
public final class RegistrationsCsv {

    private RegistrationsCsv() {
    }

    public static String of(List<AttendeeField> fields, List<RegistrationView> rows) {
        List<String> header = new ArrayList<>(List.of("status", "waitingPosition", "registeredAt"));
        fields.forEach(field -> header.add(field.name().toLowerCase(Locale.ROOT)));
        header.add("checkedInAt");
        List<List<Object>> table = new ArrayList<>();
        for (RegistrationView row : rows) {
            List<Object> cells = new ArrayList<>(List.of(row.status().name(), row.waitingPosition() == null ? "" : row.waitingPosition(),
                    row.registeredAt().toString()));
            for (AttendeeField field : fields) {
                cells.add(switch (field) {
                    case NAME -> row.name();
                    case PHONE -> row.phone();
                    case EMAIL -> row.email();
                    case ORGANISATION -> row.organisation();
                });
            }
            cells.add(row.checkedInAt() == null ? "" : row.checkedInAt().toString());
            table.add(cells);
        }
        return Csv.table(header, table);
    }
}
