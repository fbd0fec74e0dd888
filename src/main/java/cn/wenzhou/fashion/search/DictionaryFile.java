package cn.wenzhou.fashion.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A text file of {@code elastic/dictionary}: UTF-8, lines starting with "#" are comments, blank lines ignored; a
 * comment starting with {@value #DIRECTIVE} is a directive that only some readers ask for.
 */
final class DictionaryFile {

    static final String DIRECTIVE = "#@";

    private DictionaryFile() {
    }

    /** The stripped content lines of {@code file}, or of the classpath {@code resource} when {@code file} is null. */
    static List<String> lines(Path file, String resource) {
        return read(file, resource, false);
    }

    /** The content lines and the directives, in file order. */
    static List<String> linesWithDirectives(Path file, String resource) {
        return read(file, resource, true);
    }

    private static List<String> read(Path file, String resource, boolean directives) {
        try (InputStream in = file != null ? Files.newInputStream(file) : DictionaryFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            List<String> lines = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && (!line.startsWith("#") || directives && line.startsWith(DIRECTIVE))) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + (file != null ? file : resource), e);
        }
    }
}
