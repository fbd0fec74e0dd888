package cn.wenzhou.fashion.importer;

import java.util.List;

/**
 * What a bulk import did. A line with errors was not written; warnings were written as given (for example a
 * credit code with a wrong check character from a legacy system), except those of the lines left out: lines for
 * records a user owns, which an import changes only when the admin asks for it. {@code failed} counts lines (a line
 * may have several errors).
 */
public record ImportReport(int lines, int created, int updated, int leftOut, int failed, List<LineMessage> errors,
        List<LineMessage> warnings) {

    /** A message about one line of the NDJSON (numbered from 1), with the field it concerns if any. */
    public record LineMessage(int line, String externalId, String field, String message) {
    }
}
