package cn.wenzhou.fashion.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The JVM image's Dockerfile copies what the build made: run by failsafe after {@code package}, when
 * target/quarkus-app exists. No image is built (base images cannot be pulled here); this is what a build would need.
 */
class DockerfileIT {

    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)\\s*$");

    @Test
    void copiesTheFourLayersOfTheFastJar() throws IOException {
        assertThat(copySources()).containsExactly(
                "target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/", "target/quarkus-app/quarkus/");
    }

    @Test
    void everyCopySourceExistsAfterTheBuild() throws IOException {
        for (String source : copySources()) {
            if (source.contains("*")) {
                Path dir = Path.of(source).getParent();
                try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, Path.of(source).getFileName().toString())) {
                    assertThat(matches.iterator().hasNext()).as(source).isTrue();
                }
            } else if (source.endsWith("/")) {
                assertThat(Path.of(source)).as(source).isNotEmptyDirectory();
            } else {
                assertThat(Path.of(source)).as(source).isRegularFile();
            }
        }
        // The jar that JAVA_APP_JAR names, and the application's own classes inside app/.
        assertThat(Path.of("target/quarkus-app/quarkus-run.jar")).isRegularFile();
        assertThat(Files.readString(DOCKERFILE)).contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
        try (DirectoryStream<Path> app = Files.newDirectoryStream(Path.of("target/quarkus-app/app"), "*.jar")) {
            assertThat(app.iterator().hasNext()).as("the application's jar in app/").isTrue();
        }
    }

    private static List<String> copySources() throws IOException {
        List<String> sources = new ArrayList<>();
        Matcher matcher = COPY.matcher(Files.readString(DOCKERFILE));
        while (matcher.find()) {
            sources.add(matcher.group(1));
        }
        return sources;
    }
}
