package cn.wenzhou.fashion.common;

/** A change that contradicts the current state: a stale version, or a record others still depend on. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String kind, Object id, long expected, long actual) {
        return new ConflictException("The " + kind + " " + id + " is at version " + actual + ", not " + expected
                + ": read it again and reapply your change");
    }
}
