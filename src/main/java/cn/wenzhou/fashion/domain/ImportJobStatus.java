package cn.wenzhou.fashion.domain;

/** Where a bulk import job stands. */
public enum ImportJobStatus {
    /** Stored, waiting for a worker. */
    QUEUED,
    /** A worker holds it (for a lease) and writes it chunk by chunk. */
    RUNNING,
    /** Every line is written or reported. */
    FINISHED,
    /** Stopped by an unexpected failure, after the attempts allowed; {@code problem} says why. */
    STOPPED;

    public boolean finished() {
        return this == FINISHED || this == STOPPED;
    }
}
