package cn.wenzhou.fashion.importer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.ImportJob;
import cn.wenzhou.fashion.domain.ImportJobMessage;
import cn.wenzhou.fashion.domain.ImportJobRepository;
import cn.wenzhou.fashion.domain.ImportJobStatus;
import cn.wenzhou.fashion.importer.ImportReport.LineMessage;
import cn.wenzhou.fashion.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;

import lombok.RequiredArgsConstructor;

/**
 * Bulk imports as jobs, for admins: an upload is stored with its job and answered at once; {@link ImportJobWorker}
 * writes it in the background, and any replica reads its status from the database.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ImportJobs {

    private final ImportJobRepository jobs;
    private final ImportJobWorker worker;
    private final Caller caller;
    private final Clock clock;

    /**
     * Stores the upload as a queued job. The body is read here, within the import's size limit (the web layer counts
     * its bytes and refuses it at the first byte over); the job starts as soon as a worker is free.
     */
    public ImportJobView submit(InputStream body, boolean overwriteOwned) throws IOException {
        caller.requireAdmin("import records");
        byte[] upload = body.readAllBytes();
        ImportJob job = new ImportJob();
        job.status = ImportJobStatus.QUEUED;
        job.overwriteOwned = overwriteOwned;
        job.submittedBy = caller.subject();
        job.submittedAt = clock.instant();
        job.uploadBytes = upload.length;
        QuarkusTransaction.requiringNew().run(() -> jobs.persist(job, upload));
        worker.wake();
        return view(job, List.of(), List.of());
    }

    /** The job's status with at most {@code maxMessages} errors and warnings each (the counts are complete). */
    @Transactional
    public ImportJobView get(Long id, int maxMessages) {
        caller.requireAdmin("read import jobs");
        ImportJob job = jobs.find(id);
        if (job == null) {
            throw new RecordNotFoundException("import job", id);
        }
        return view(job, messages(id, ImportJobMessage.ERROR, maxMessages), messages(id, ImportJobMessage.WARNING, maxMessages));
    }

    /** The newest jobs, without their messages. */
    @Transactional
    public List<ImportJobView> newest(int max) {
        caller.requireAdmin("read import jobs");
        return jobs.newest(max).stream().map(job -> view(job, List.of(), List.of())).toList();
    }

    private List<LineMessage> messages(Long id, String severity, int max) {
        return jobs.messages(id, severity, max).stream().map(m -> new LineMessage(m.line, m.externalId, m.field, m.message)).toList();
    }

    private static ImportJobView view(ImportJob job, List<LineMessage> errors, List<LineMessage> warnings) {
        return new ImportJobView(job.id, job.status, job.status.finished(), job.submittedAt, job.startedAt, job.finishedAt,
                job.overwriteOwned, job.uploadBytes, job.linesRead, job.created + job.updated + job.leftOut, job.created, job.updated,
                job.leftOut, job.failed, errors, warnings, job.problem);
    }
}
