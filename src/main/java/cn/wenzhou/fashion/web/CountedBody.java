package cn.wenzhou.fashion.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Counts the bytes of every request body as its reader consumes them, chunked or not, and fails the read with
 * {@link BodyTooLargeException} at the first byte over the limit that {@link BodySizeLimit} set for the request.
 * Quarkus REST receives a large body as it is read, so one over the limit is never received, let alone held, whole.
 */
@Provider
public class CountedBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getProperty(BodySizeLimit.LIMIT) instanceof BodySizeLimit.Limit limit) {
            context.setInputStream(new Counting(context.getInputStream(), limit));
        }
        return context.proceed();
    }

    private static final class Counting extends FilterInputStream {

        private final BodySizeLimit.Limit limit;
        private long count;
        private boolean refused;

        Counting(InputStream body, BodySizeLimit.Limit limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        /** Skipped bytes are received all the same: counted by reading them. */
        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 0))];
            long skipped = 0;
            while (skipped < n) {
                int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** After a refusal the rest of the body stays unread: closing Quarkus's stream would read it to its end. */
        @Override
        public void close() throws IOException {
            if (!refused) {
                super.close();
            }
        }

        private void count(int bytes) throws BodyTooLargeException {
            count += bytes;
            if (count > limit.bytes()) {
                refused = true;
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
