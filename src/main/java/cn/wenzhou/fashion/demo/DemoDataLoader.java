package cn.wenzhou.fashion.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.importer.ImportReport;
import cn.wenzhou.fashion.importer.ImportService;
import cn.wenzhou.fashion.search.Reindexer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills an empty library with generated demo data on start (dev mode), through the bulk import; on later
 * starts, rebuilds the indexes from the kept database.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final ImportService importer;
    private final Reindexer reindexer;
    private final boolean enabled;
    private final int size;
    private final long seed;

    public DemoDataLoader(ImportService importer, Reindexer reindexer,
            @ConfigProperty(name = "library.demo.enabled") boolean enabled,
            @ConfigProperty(name = "library.demo.size") int size,
            @ConfigProperty(name = "library.demo.seed") long seed) {
        this.importer = importer;
        this.reindexer = reindexer;
        this.enabled = enabled;
        this.size = size;
        this.seed = seed;
    }

    void onStart(@Observes StartupEvent event) throws IOException, InterruptedException {
        if (!enabled) {
            return;
        }
        if (QuarkusTransaction.requiringNew().call(() -> Enterprise.count()) > 0) {
            reindexer.reindexAll();
            return;
        }
        ImportReport report = load(size, seed);
        LOG.infof("Demo data: %d records created, %d refused", report.created(), report.failed());
    }

    /** Generates {@code size} records and imports them. */
    public ImportReport load(int size, long seed) throws IOException {
        var ndjson = new StringBuilder();
        new DemoDataGenerator(seed).generate(size, line -> ndjson.append(line).append('\n'));
        return importer.importNdjson(new BufferedReader(new StringReader(ndjson.toString())));
    }
}
