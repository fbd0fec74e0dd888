package cn.wenzhou.fashion.domain;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import lombok.RequiredArgsConstructor;

/**
 * Import jobs, their uploads and line messages. Claiming is one conditional update, so that of several replicas'
 * workers exactly one gets a job, and every write of a worker names the worker, so that one whose lease ran out
 * (and whose job another took over) writes nothing more.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ImportJobRepository {

    private final EntityManager em;

    public ImportJob find(Long id) {
        return em.find(ImportJob.class, id);
    }

    public void persist(ImportJob job, byte[] upload) {
        em.persist(job);
        em.flush();
        var stored = new ImportUpload();
        stored.jobId = job.id;
        stored.body = upload;
        em.persist(stored);
    }

    public byte[] upload(Long jobId) {
        ImportUpload upload = em.find(ImportUpload.class, jobId);
        return upload == null ? null : upload.body;
    }

    /** Jobs a worker may take, oldest first: queued ones, and running ones whose worker's lease ran out. */
    public List<Long> claimable(Instant now, int max) {
        return em.createQuery("select j.id from ImportJob j where j.status = :queued or (j.status = :running and j.leaseUntil < :now)"
                + " order by j.id", Long.class)
                .setParameter("queued", ImportJobStatus.QUEUED).setParameter("running", ImportJobStatus.RUNNING).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /** Takes the job for this worker until {@code leaseUntil}, if it is still claimable; whether it did. */
    public boolean claim(Long id, String worker, Instant now, Instant leaseUntil) {
        return em.createQuery("update ImportJob j set j.status = :running, j.claimedBy = :worker, j.leaseUntil = :until,"
                + " j.attempts = j.attempts + 1, j.startedAt = coalesce(j.startedAt, :now)"
                + " where j.id = :id and (j.status = :queued or (j.status = :running and j.leaseUntil < :now))")
                .setParameter("running", ImportJobStatus.RUNNING).setParameter("queued", ImportJobStatus.QUEUED)
                .setParameter("worker", worker).setParameter("until", leaseUntil).setParameter("now", now).setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** The job, locked for this transaction, if this worker still holds it; null if another took it over. */
    public ImportJob held(Long id, String worker) {
        ImportJob job = em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        return job != null && job.status == ImportJobStatus.RUNNING && worker.equals(job.claimedBy) ? job : null;
    }

    public void add(ImportJobMessage message) {
        em.persist(message);
    }

    public void deleteUpload(Long jobId) {
        em.createQuery("delete from ImportUpload u where u.jobId = :id").setParameter("id", jobId).executeUpdate();
    }

    /** The job's first messages of one severity, by line. */
    public List<ImportJobMessage> messages(Long jobId, String severity, int max) {
        return em.createQuery("from ImportJobMessage m where m.jobId = :id and m.severity = :severity order by m.line, m.id",
                ImportJobMessage.class).setParameter("id", jobId).setParameter("severity", severity).setMaxResults(max).getResultList();
    }

    /** Jobs waiting and running, and the lines of the running ones: read (so far), done and failed. */
    public record Unfinished(long queued, long running, long linesRead, long linesDone, long linesFailed) {
    }

    public Unfinished unfinished() {
        long queued = em.createQuery("select count(j) from ImportJob j where j.status = :queued", Long.class)
                .setParameter("queued", ImportJobStatus.QUEUED).getSingleResult();
        Object[] running = em.createQuery("select count(j), coalesce(sum(j.linesRead), 0), coalesce(sum(j.created + j.updated + j.leftOut), 0),"
                + " coalesce(sum(j.failed), 0) from ImportJob j where j.status = :running", Object[].class)
                .setParameter("running", ImportJobStatus.RUNNING).getSingleResult();
        return new Unfinished(queued, number(running[0]), number(running[1]), number(running[2]), number(running[3]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** At most {@code max} of the jobs that finished (or were stopped) before {@code before}: their ids. */
    public List<Long> finishedBefore(Instant before, int max) {
        return em.createQuery("select j.id from ImportJob j where j.status in (:finished, :stopped) and j.finishedAt < :before order by j.id",
                Long.class).setParameter("finished", ImportJobStatus.FINISHED).setParameter("stopped", ImportJobStatus.STOPPED)
                .setParameter("before", before).setMaxResults(max).getResultList();
    }

    /** Deletes at most {@code max} line messages of these jobs; how many. */
    public int deleteMessagesOf(java.util.Collection<Long> jobIds, int max) {
        List<Long> ids = em.createQuery("select m.id from ImportJobMessage m where m.jobId in :jobs", Long.class)
                .setParameter("jobs", jobIds).setMaxResults(max).getResultList();
        return ids.isEmpty() ? 0 : em.createQuery("delete from ImportJobMessage where id in :ids").setParameter("ids", ids).executeUpdate();
    }

    /** Deletes these jobs (their messages deleted before, or cascading); how many. */
    public int deleteJobs(java.util.Collection<Long> jobIds) {
        return em.createQuery("delete from ImportJob where id in :ids").setParameter("ids", jobIds).executeUpdate();
    }

    /** The newest jobs, for the dashboard. */
    public List<ImportJob> newest(int max) {
        return em.createQuery("from ImportJob j order by j.id desc", ImportJob.class).setMaxResults(max).getResultList();
    }
}
