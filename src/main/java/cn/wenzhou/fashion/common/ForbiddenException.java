package cn.wenzhou.fashion.common;

/** The actor may not see or do this: a 403 problem. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
