package cn.wenzhou.fashion.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * The warnings and errors with an exception that the service logs while a request is answered (the test and the
 * service share a JVM, and requests are sent one at a time), to name the cause of a 5xx.
 */
final class ServerLog extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new ArrayList<>();

    static ServerLog attach() {
        ServerLog log = new ServerLog();
        log.setLevel(Level.WARNING);
        Logger.getLogger("").addHandler(log);
        return log;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getThrown() != null) {
            records.add(record);
        }
    }

    /** What was logged since the last call, one line per exception: logger, message and the chain of causes. */
    synchronized List<String> drain() {
        List<String> lines = new ArrayList<>();
        for (LogRecord record : records) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            StringBuilder line = new StringBuilder(record.getLoggerName()).append(": ").append(message);
            for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                line.append("\n      caused by ").append(cause);
                StackTraceElement frame = firstOwnFrame(cause);
                if (frame != null) {
                    line.append(" at ").append(frame);
                }
            }
            lines.add(line.toString());
        }
        records.clear();
        return lines;
    }

    private static StackTraceElement firstOwnFrame(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("cn.wenzhou.fashion.")) {
                return frame;
            }
        }
        return null;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
