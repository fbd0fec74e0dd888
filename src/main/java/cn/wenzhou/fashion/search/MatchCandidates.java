package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.search.SearchFields.CATEGORY;
import static cn.wenzhou.fashion.search.SearchFields.CONCEPTS;
import static cn.wenzhou.fashion.search.SearchFields.SCOPE;
import static cn.wenzhou.fashion.search.SearchFields.STATUS;
import static cn.wenzhou.fashion.search.SearchFields.VOUCHER;
import static cn.wenzhou.fashion.search.SearchFields.VOUCHER_CATEGORY;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedStatus;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Scope;

import lombok.RequiredArgsConstructor;

/**
 * What matching asks of search, in the domain's terms: the partners whose texts answer a need, the open needs a
 * partner's texts answer, and the concepts and texts of a record as the index sees them.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class MatchCandidates {

    private final SearchSession session;
    private final TextQuery textQuery;
    private final IndexedTerms indexedTerms;
    private final StaleNeedDocuments staleNeeds;

    /** A retrieved partner, its text relevance and the concepts its texts mention (kept in the index). */
    public record Partner(PartnerProfile partner, float score, List<String> concepts) {
    }

    /** A retrieved open need and its text relevance. */
    public record OpenNeed(Need need, float score) {
    }

    /**
     * Conditions on partners beyond the text.
     *
     * @param categories when the need has no text: partners offering one of these categories
     * @param voucherCategories when not null: registered voucher providers only, eligible in one of these
     *        categories (any category when empty)
     * @param scopes when not empty: partners in one of these scopes only
     */
    public record PartnerFilter(List<CapabilityCategory> categories, List<CapabilityCategory> voucherCategories, Set<Scope> scopes) {
    }

    /** The best {@code max} partners of the kinds for a need's text, read-only entities. */
    public List<Partner> partners(AnalyzedText text, Collection<RecordKind> kinds, PartnerFilter filter, int max) {
        readOnly();
        List<Class<? extends LibraryRecord>> types = kinds.stream().<Class<? extends LibraryRecord>>map(RecordKind::entity).toList();
        return session.search(session.scope(types)).extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(f.entity(PartnerProfile.class), f.score(), f.field(CONCEPTS, String.class).list())
                        .as(Partner::new))
                .where(f -> {
                    var bool = f.bool();
                    if (text.text().isBlank()) {
                        bool.must(f.terms().field(CATEGORY).matchingAny(codes(filter.categories())));
                    } else {
                        textQuery.addTo(f, bool, text);
                    }
                    if (filter.voucherCategories() != null) {
                        bool.filter(f.match().field(VOUCHER).matching(Boolean.TRUE.toString()));
                        if (!filter.voucherCategories().isEmpty()) {
                            bool.filter(f.terms().field(VOUCHER_CATEGORY).matchingAny(codes(filter.voucherCategories())));
                        }
                    }
                    if (!filter.scopes().isEmpty()) {
                        bool.filter(f.terms().field(SCOPE).matchingAny(codes(filter.scopes())));
                    }
                    return bool;
                })
                .fetchHits(max);
    }

    /**
     * The best {@code max} open needs for a partner's text, read-only entities: as the database has them now, so a
     * need made confidential, closed or deleted since it was indexed is not among them, and the query leaves out the
     * hidden ones ({@link StaleNeedDocuments}) so that they do not take the places of others.
     */
    public List<OpenNeed> openNeeds(AnalyzedText text, int max) {
        return openNeedsAmong(text, null, max);
    }

    /**
     * The open needs among {@code ids} that a partner's text finds, with the same query and scores as
     * {@link #openNeeds}: a record's score does not depend on which others the query is limited to.
     */
    public List<OpenNeed> openNeedsAmong(AnalyzedText text, Collection<Long> ids, int max) {
        readOnly();
        Set<Long> hidden = staleNeeds.hidden().orElse(Set.of());
        return session.search(Need.class).extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(f.entity(), f.score()).as(OpenNeed::new))
                .where(f -> {
                    var bool = f.bool();
                    textQuery.addTo(f, bool, text);
                    bool.filter(f.match().field(STATUS).matching(NeedStatus.OPEN.name()));
                    if (!hidden.isEmpty()) {
                        bool.mustNot(f.id().matchingAny(hidden));
                    }
                    if (ids != null) {
                        bool.filter(f.id().matchingAny(ids));
                    }
                    return bool;
                })
                .fetchHits(max).stream()
                .filter(hit -> hit.need() != null && !hit.need().confidential && hit.need().status == NeedStatus.OPEN)
                .toList();
    }

    /** The partners of one kind among {@code ids} that a need's text finds, with the scores {@link #partners} gives them. */
    public List<Partner> partnersAmong(AnalyzedText text, RecordKind kind, Collection<Long> ids) {
        readOnly();
        return session.search(session.scope(List.of(kind.entity()))).extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(f.entity(PartnerProfile.class), f.score(), f.field(CONCEPTS, String.class).list())
                        .as(Partner::new))
                .where(f -> {
                    var bool = f.bool();
                    textQuery.addTo(f, bool, text);
                    bool.filter(f.id().matchingAny(ids));
                    return bool;
                })
                .fetchHits(ids.size());
    }

    /** The domain concepts of a record's texts, as its index document has them. */
    public List<String> conceptsOf(LibraryRecord record) {
        return indexedTerms.concepts(SearchDocument.of(record));
    }

    /** A record's readable texts by index field, as a {@link Highlighter} marks them. */
    public Map<String, List<String>> textsOf(LibraryRecord record) {
        return SearchDocument.of(record).texts();
    }

    /** Candidates are only read: no snapshots to compare at commit. */
    private void readOnly() {
        session.toOrmSession().unwrap(Session.class).setDefaultReadOnly(true);
    }

    private static List<String> codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
