package cn.wenzhou.fashion.importer;

/** Hears what each transaction of an import did, inside that transaction, so that counts and records commit together. */
interface ImportProgress {

    void handled(ImportTally tally);

    /** Thrown by a listener to stop the import (its job was taken over by another worker): never retried line by line. */
    final class Stop extends RuntimeException {
        Stop(String message) {
            super(message, null, false, false);
        }
    }
}
