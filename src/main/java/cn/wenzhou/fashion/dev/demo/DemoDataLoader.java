package cn.wenzhou.fashion.dev.demo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.WenzhouClock;
import cn.wenzhou.fashion.importer.ImportReport;
import cn.wenzhou.fashion.importer.ImportService;
import cn.wenzhou.fashion.search.Reindexer;
import cn.wenzhou.fashion.statistics.VoucherFigures;
import cn.wenzhou.fashion.statistics.VoucherStatistics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import lombok.RequiredArgsConstructor;

/**
 * Fills an empty library with generated demo data on start (dev mode), through the bulk import, then its
 * cooperation and voucher history; on later starts, rebuilds the indexes from the kept database. Logs the
 * bureau's headline voucher figures either way.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final ImportService importer;
    private final VoucherHistory history;
    private final DemoBudgets budgets;
    private final SettlingInHistory settlingIn;
    private final DemoUsers users;
    private final VoucherStatistics statistics;
    private final Reindexer reindexer;
    private final DemoEvents events;
    @ConfigProperty(name = "library.demo.enabled")
    private final boolean enabled;
    @ConfigProperty(name = "library.demo.size")
    private final int size;
    @ConfigProperty(name = "library.demo.seed")
    private final long seed;

    void onStart(@Observes StartupEvent event) throws IOException, InterruptedException {
        if (!enabled) {
            return;
        }
        if (QuarkusTransaction.requiringNew().call(() -> Enterprise.count()) > 0) {
            reindexer.reindexAll();
        } else {
            long start = System.nanoTime();
            ImportReport report = load(size, seed);
            LOG.infof("Demo data: %d records created, %d refused", report.created(), report.failed());
            int voucherUsers = history.write(seed);
            LOG.infof("Demo budgets: %d voucher budgets of districts and the city", budgets.write(VoucherHistory.LAST_YEAR));
            int settled = settlingIn.write(seed);
            users.giveProfiles();
            LOG.infof("Demo events: %d past and coming", events.write(seed));
            LOG.infof("Demo history: %d voucher users since 2015, %d members settled, written in %d ms (all demo data)", voucherUsers, settled,
                    (System.nanoTime() - start) / 1_000_000);
        }
        logFigures();
    }

    /** The bureau's headline figures, as GET /api/statistics/vouchers serves them. */
    private void logFigures() {
        VoucherFigures figures = statistics.figures(WenzhouClock.FIRST_VOUCHER_YEAR, 2024);
        LOG.info(describe("All", figures.total()));
        figures.byDistrict().stream().filter(row -> SHOWN.contains(row.key())).forEach(row -> LOG.info(describe(row.key(), row)));
    }

    private static final Set<String> SHOWN = Set.of("OUHAI", "RUIAN", "LUCHENG");

    private static String describe(String what, VoucherFigures.Row row) {
        return "Voucher users 2015-2024, %s: %d firms, %d fashion firms (%s%%), %s CNY redeemed, fashion firms %s%%".formatted(
                what, row.enterprises(), row.fashionEnterprises(), row.fashionShare(), row.amount().toPlainString(), row.fashionAmountShare());
    }

    /**
     * Generates {@code size} records and imports them, through a temporary file: a million records' lines held as
     * one string would take gigabytes of heap.
     */
    public ImportReport load(int size, long seed) throws IOException {
        Path ndjson = Files.createTempFile("demo-records", ".ndjson");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(ndjson)) {
                new DemoDataGenerator(seed).generate(size, line -> {
                    try {
                        out.write(line);
                        out.newLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            try (BufferedReader in = Files.newBufferedReader(ndjson)) {
                return importer.importNdjson(in, false);
            }
        } finally {
            Files.deleteIfExists(ndjson);
        }
    }
}
