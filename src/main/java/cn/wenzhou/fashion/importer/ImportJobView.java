package cn.wenzhou.fashion.importer;

import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.domain.ImportJobStatus;
import cn.wenzhou.fashion.importer.ImportReport.LineMessage;

/**
 * Where an import job stands: the lines read from the upload, how many are done (created, updated or left out) and
 * how many failed, with the messages per line as the import's report gives them, and whether and when it finished.
 * {@code problem} says why a job {@code STOPPED} early.
 */
public record ImportJobView(Long id, ImportJobStatus status, boolean finished, Instant submittedAt, Instant startedAt,
        Instant finishedAt, boolean overwriteOwned, long uploadBytes, int lines, int done, int created, int updated, int leftOut,
        int failed, List<LineMessage> errors, List<LineMessage> warnings, String problem) {

    /** Lines done or failed, in percent of the lines read (0 until the upload is read). */
    public int percent() {
        return lines == 0 ? (finished ? 100 : 0) : (int) Math.min(100, (done + failed) * 100L / lines);
    }
}
