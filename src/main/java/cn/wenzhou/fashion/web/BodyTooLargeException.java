package cn.wenzhou.fashion.web;

import java.io.IOException;

/**
 * A request body over its limit ({@link BodySizeLimit}). An {@link IOException}, as the reading stream throws it:
 * Jackson passes I/O failures through unwrapped, so the body's reader stops and {@code ProblemMappers} answers 413.
 */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(BodySizeLimit.Limit limit) {
        super(limit.bulkImport()
                ? "Imports are limited to " + limit.bytes() + " bytes (library.import.max-body-bytes): split the file"
                : "JSON bodies are limited to " + limit.bytes() + " bytes (library.api.max-json-body-bytes); use the bulk import for many records");
    }
}
