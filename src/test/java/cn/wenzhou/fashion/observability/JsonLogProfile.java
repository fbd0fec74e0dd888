package cn.wenzhou.fashion.observability;

import java.util.Map;

import cn.wenzhou.fashion.eval.CleanLibraryProfile;

/** The production log format (JSON lines), written to a file that the test reads back. */
public class JsonLogProfile extends CleanLibraryProfile {

    static final String FILE = "target/json-log/library.log";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.log.file.enabled", "true",
                "quarkus.log.file.path", FILE,
                "quarkus.log.file.json.enabled", "true");
    }
}
