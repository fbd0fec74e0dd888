package cn.wenzhou.fashion.dev.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The demo's word tables: tab-separated resources under {@code dev/demo/}, lines starting with # are comments. */
final class TsvResource {

    private TsvResource() {
    }

    /** The rows of {@code /dev/demo/<name>}, in file order; each has exactly {@code columns} fields. */
    static List<String[]> rows(String name, int columns) {
        String path = "/dev/demo/" + name;
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + path);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(path + ": " + columns + " columns expected, not " + fields.length + ": " + line);
                }
                rows.add(fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
