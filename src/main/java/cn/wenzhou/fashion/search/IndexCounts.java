package cn.wenzhou.fashion.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;

import cn.wenzhou.fashion.domain.IndexBacklog;
import cn.wenzhou.fashion.domain.IndexEvents;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import io.quarkus.narayana.jta.QuarkusTransaction;
import lombok.RequiredArgsConstructor;

/**
 * Compares, kind by kind, the documents in the index with the records the database has for it (enterprises of the
 * library's industries, public needs: see {@link IndexMapping}), and logs every difference with the changes still
 * waiting in the index outbox, which explain a difference until they are applied.
 */
@ApplicationScoped
@RequiredArgsConstructor
class IndexCounts {

    private static final Logger LOG = Logger.getLogger(IndexCounts.class);

    private final Records records;
    private final IndexEvents events;
    private final EntityManager em;

    void report() {
        try {
            QuarkusTransaction.requiringNew().run(this::compare);
        } catch (SearchException e) {
            LOG.warnf("Index and database not compared: %s", e.getMessage());
        }
    }

    private void compare() {
        IndexBacklog backlog = events.backlog();
        boolean same = true;
        for (RecordKind kind : RecordKind.INDEXED) {
            long database = switch (kind) {
                case ENTERPRISE -> records.countEnterprisesWithIndustries();
                case NEED -> records.countPublicNeeds();
                default -> records.count(kind.entity());
            };
            long index = Search.session(em).search(kind.entity()).where(f -> f.matchAll()).fetchTotalHitCount();
            if (database != index) {
                same = false;
                LOG.warnf("Index and database differ for %s: %d documents, %d records", kind.code(), index, database);
            }
        }
        if (same) {
            LOG.infof("Index and database hold the same number of records of every kind (%d changes waiting, %d failed)",
                    backlog.pending(), backlog.failed());
        } else {
            LOG.warnf("%d changes wait in the index outbox and %d failed; POST /api/admin/index-events/retry retries the failed ones,"
                    + " POST /api/admin/reindex rebuilds every index", backlog.pending(), backlog.failed());
        }
    }
}
