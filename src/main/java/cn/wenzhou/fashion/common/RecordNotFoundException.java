package cn.wenzhou.fashion.common;

/** A record addressed by id or external id does not exist. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, Object id) {
        super("No " + kind + " with id " + id);
    }
}
