package cn.wenzhou.fashion.importer;

import java.util.List;

import cn.wenzhou.fashion.importer.ImportReport.LineMessage;

/** What one transaction of an import did with {@code handled} valid lines: written, left out or failed. */
record ImportTally(int handled, int created, int updated, int leftOut, List<LineMessage> errors, List<LineMessage> warnings) {

    /** The lines these errors are about: a line can have several. */
    static int failedLines(List<LineMessage> errors) {
        return (int) errors.stream().mapToInt(LineMessage::line).distinct().count();
    }

    static ImportTally failedLine(LineMessage error) {
        return new ImportTally(1, 0, 0, 0, List.of(error), List.of());
    }
}
