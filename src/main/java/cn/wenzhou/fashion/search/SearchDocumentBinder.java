package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.search.SearchFields.*;

import java.time.Instant;
import java.util.Collection;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import io.smallrye.config.SmallRyeConfig;

/**
 * Maps every indexed kind to the same index fields through its {@link SearchDocument}. The entity lists
 * the properties its document is derived from, so that Hibernate Search reindexes it when one changes.
 */
public class SearchDocumentBinder implements TypeBinder {

    public static final String DEPENDENCIES = "dependencies";

    @Override
    public void bind(TypeBindingContext context) {
        for (String path : context.param(DEPENDENCIES, String.class).split(",")) {
            context.dependencies().use(path.trim());
        }
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory f = context.typeFactory();
        var keyword = f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).toIndexFieldType();
        var text = f.asString().analyzer(TEXT_ANALYZER).projectable(Projectable.YES).toIndexFieldType();

        var termFields = new TermFields(schema.field(TERMS, f.asString().analyzer(TERMS_ANALYZER)).toReference());
        var suggestions = new SuggestionFields(
                schema.field(SUGGEST, f.asString().aggregable(Aggregable.YES)).multiValued().toReference(),
                schema.field(SUGGEST_TEXT, f.asString().analyzer("standard")).multiValued().toReference());
        var concepts = schema.field(CONCEPTS, f.asString().projectable(Projectable.YES)
                .searchable(org.hibernate.search.engine.backend.types.Searchable.NO)).multiValued().toReference();
        var fields = new Fields(termFields, suggestions, concepts,
                schema.field(FACETS, keyword).multiValued().toReference(),
                schema.field(KIND, keyword).toReference(),
                schema.field(KEY, f.asString().sortable(Sortable.YES)).toReference(),
                schema.field(EXTERNAL_ID, keyword).toReference(),
                schema.field(NAME, text).multiValued().toReference(),
                schema.field(NAME_SORT, f.asString().normalizer(SORT_NORMALIZER).sortable(Sortable.YES).projectable(Projectable.YES)).toReference(),
                schema.field(DESCRIPTION, text).toReference(),
                schema.field(TAGS, text).multiValued().toReference(),
                schema.field(CAPABILITIES, text).multiValued().toReference(),
                schema.field(INDUSTRY, keyword).multiValued().toReference(),
                schema.field(CATEGORY, keyword).multiValued().toReference(),
                schema.field(VOUCHER_CATEGORY, keyword).multiValued().toReference(),
                schema.field(INSTITUTION_TYPE, keyword).toReference(),
                schema.field(DISTRICT, keyword).toReference(),
                schema.field(COUNTRY, keyword).toReference(),
                schema.field(SCOPE, keyword).toReference(),
                schema.field(VOUCHER, keyword).toReference(),
                schema.field(SETTLED, keyword).toReference(),
                schema.field(STATUS, keyword).toReference(),
                schema.field(UPDATED_AT, f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES)).toReference());
        context.bridge(Searchable.class, fields);
    }

    /**
     * The one scored field: the {@link DomainAnalyzer} tokens of every text, each repeated as often as its
     * field weighs. BM25 over it is BM25F over the text fields (what Elasticsearch's combined_fields
     * computes at query time), but a single field's postings let Elasticsearch skip documents that cannot
     * reach the page.
     */
    private record TermFields(IndexFieldReference<String> terms) {

        void write(DocumentElement target, SearchDocument doc) {
            // Read when indexing: Hibernate Search binds before the application's configuration is complete.
            SearchWeights weights = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(SearchWeights.class);
            var tokens = new StringBuilder();
            add(tokens, doc.name(), weights.name());
            add(tokens, doc.otherName(), weights.name());
            doc.tags().forEach(tag -> add(tokens, tag, weights.tags()));
            doc.capabilities().forEach(capability -> add(tokens, capability, weights.capabilities()));
            add(tokens, doc.description(), weights.description());
            target.addValue(terms, tokens.toString().strip());
        }

        private static void add(StringBuilder tokens, String text, int times) {
            String analyzed = DomainAnalyzer.shared().tokens(text);
            if (!analyzed.isBlank()) {
                tokens.append((analyzed + " ").repeat(times));
            }
        }
    }

    /** What type-ahead offers: names, tags and capability titles, kept whole, and their words for typos. */
    private record SuggestionFields(IndexFieldReference<String> values, IndexFieldReference<String> words) {

        void write(DocumentElement target, SearchDocument doc) {
            for (String value : doc.suggestions()) {
                target.addValue(values, value);
                target.addValue(words, value);
            }
        }
    }

    private record Fields(
            TermFields terms,
            SuggestionFields suggestions,
            IndexFieldReference<String> concepts,
            IndexFieldReference<String> facets,
            IndexFieldReference<String> kind,
            IndexFieldReference<String> key,
            IndexFieldReference<String> externalId,
            IndexFieldReference<String> name,
            IndexFieldReference<String> nameSort,
            IndexFieldReference<String> description,
            IndexFieldReference<String> tags,
            IndexFieldReference<String> capabilities,
            IndexFieldReference<String> industries,
            IndexFieldReference<String> categories,
            IndexFieldReference<String> voucherCategories,
            IndexFieldReference<String> institutionType,
            IndexFieldReference<String> district,
            IndexFieldReference<String> country,
            IndexFieldReference<String> scope,
            IndexFieldReference<String> voucher,
            IndexFieldReference<String> settled,
            IndexFieldReference<String> status,
            IndexFieldReference<Instant> updatedAt) implements TypeBridge<Searchable> {

        @Override
        public void write(DocumentElement target, Searchable searchable, TypeBridgeWriteContext context) {
            SearchDocument doc = searchable.searchDocument();
            terms.write(target, doc);
            suggestions.write(target, doc);
            addAll(target, concepts, doc.concepts());
            for (Facet facet : Facet.values()) {
                for (String value : facet.countedValuesOf(doc)) {
                    target.addValue(facets, facet.token(value));
                }
            }
            target.addValue(kind, doc.kind());
            target.addValue(key, doc.key());
            target.addValue(externalId, doc.externalId());
            target.addValue(name, doc.name());
            if (doc.otherName() != null && !doc.otherName().isBlank()) {
                target.addValue(name, doc.otherName());
            }
            target.addValue(nameSort, doc.name());
            target.addValue(description, doc.description());
            addAll(target, tags, doc.tags());
            addAll(target, capabilities, doc.capabilities());
            addAll(target, industries, doc.industries());
            addAll(target, categories, doc.categories());
            addAll(target, voucherCategories, doc.voucherCategories());
            target.addValue(institutionType, doc.institutionType());
            target.addValue(district, doc.district());
            target.addValue(country, doc.country());
            target.addValue(scope, doc.scope());
            // Flags are keywords so that every facet is a terms aggregation over strings.
            target.addValue(voucher, Boolean.toString(doc.voucher()));
            target.addValue(settled, Boolean.toString(doc.settled()));
            target.addValue(status, doc.status());
            target.addValue(updatedAt, doc.updatedAt());
        }

        private static void addAll(DocumentElement target, IndexFieldReference<String> field, Collection<String> values) {
            for (String value : values) {
                target.addValue(field, value);
            }
        }
    }
}
