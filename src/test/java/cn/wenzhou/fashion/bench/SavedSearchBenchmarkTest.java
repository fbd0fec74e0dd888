package cn.wenzhou.fashion.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.notification.SavedQuery;
import cn.wenzhou.fashion.notification.SavedSearchMatcher;
import cn.wenzhou.fashion.search.DomainAnalyzer;
import cn.wenzhou.fashion.search.Facet;
import cn.wenzhou.fashion.search.IndexMapping;
import cn.wenzhou.fashion.search.IndexedTerms;
import cn.wenzhou.fashion.search.SearchDocument;
import cn.wenzhou.fashion.testsupport.Corpus;
import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 10,000 saved searches against a batch of 1,000 changed records (issue 19, goal under 10 s): the searches' texts
 * analyzed, the batch's statistics read from the index, every record scored against the searches sharing a token with
 * it. The searches are one to three words of the corpus's records, a third with a facet; the records are the corpus's
 * records with their descriptions mixed, scored with the corpus index's statistics. Prints the time; not asserted
 * (timings flake). Run alone: {@code ./mvnw -Pbenchmark test -Dtest=SavedSearchBenchmarkTest}.
 */
@QuarkusTest
@Tag("benchmark")
class SavedSearchBenchmarkTest {

    private static final int SEARCHES = 10_000;
    private static final int RECORDS = 1_000;

    @Inject
    SavedSearchMatcher matcher;
    @Inject
    DomainAnalyzer analyzer;
    @Inject
    IndexedTerms indexedTerms;

    @Test
    void tenThousandSavedSearchesAgainstAThousandChangedRecords() {
        Corpus.importAsAdmin();
        IndexingBacklog.awaitEmpty();
        var random = new Random(19);
        List<LibraryDoc> corpus = corpus();
        List<String> vocabulary = corpus.stream().flatMap(d -> List.of(d.terms().split(" ")).stream())
                .filter(t -> !t.startsWith("~")).distinct().sorted().toList();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            int words = 1 + random.nextInt(3);
            var text = new StringBuilder();
            for (int w = 0; w < words; w++) {
                text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
            }
            texts.add(text.toString().strip());
        }
        List<SavedSearchMatcher.ChangedRecord> batch = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            LibraryDoc a = corpus.get(random.nextInt(corpus.size()));
            LibraryDoc b = corpus.get(random.nextInt(corpus.size()));
            SearchDocument d = a.doc();
            var mixed = new SearchDocument(d.kind(), 1_000_000L + i, d.externalId(), d.name(), d.otherName(),
                    d.description() + " " + b.doc().description(), d.tags(), d.capabilities(), d.capabilityTitles(), d.industries(),
                    d.categories(), d.voucherCategories(), d.institutionType(), d.district(), d.country(), d.scope(), d.voucher(),
                    d.settled(), d.status(), d.eventType(), d.month(), d.updatedAt());
            batch.add(new SavedSearchMatcher.ChangedRecord(a.kind(), "someone", mixed, indexedTerms.scoredTerms(mixed)));
        }

        long start = System.nanoTime();
        List<SavedQuery> searches = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
            if (i % 3 == 0) {
                filters.put(Facet.INDUSTRY, List.of(i % 2 == 0 ? "FOOTWEAR" : "APPAREL"));
            }
            searches.add(new SavedQuery((long) i, "owner-" + i, analyzer.analyze(texts.get(i)), filters, random.nextDouble() * 20));
        }
        long analyzed = System.nanoTime();
        List<SavedSearchMatcher.News> news = matcher.news(searches, batch);
        long end = System.nanoTime();

        System.out.printf("%nSaved searches: %,d searches x %,d changed records: %.2f s (analysis of the searches %.2f s, matching %.2f s),"
                + " %,d news; goal < 10 s%n%n", SEARCHES, RECORDS, (end - start) / 1e9, (analyzed - start) / 1e9, (end - analyzed) / 1e9,
                news.size());
        assertThat(news).isNotEmpty();
    }

    private record LibraryDoc(RecordKind kind, SearchDocument doc, String terms) {
    }

    private List<LibraryDoc> corpus() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<LibraryDoc> docs = new ArrayList<>();
            for (RecordKind kind : List.of(RecordKind.INSTITUTION, RecordKind.DESIGNER, RecordKind.ENTERPRISE, RecordKind.NEED)) {
                LibraryRecord.getEntityManager().createQuery("from " + kind.entity().getSimpleName() + " r", kind.entity()).getResultList()
                        .stream().filter(r -> Corpus.has(r.externalId)).filter(IndexMapping::indexed).forEach(r -> {
                            SearchDocument doc = SearchDocument.of(r);
                            docs.add(new LibraryDoc(kind, doc, indexedTerms.scoredTerms(doc)));
                        });
            }
            return docs;
        });
    }
}
