package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.search.SearchFields.*;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.environment.bean.BeanHolder;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import cn.wenzhou.fashion.domain.LibraryRecord;

/**
 * Maps every indexed kind to the same index fields through its {@link SearchDocument}. It is given the
 * properties the kind's document is derived from, so that Hibernate Search reindexes a record when one changes.
 */
final class SearchDocumentBinder implements TypeBinder {

    private final List<String> dependencies;

    SearchDocumentBinder(List<String> dependencies) {
        this.dependencies = dependencies;
    }

    @Override
    public void bind(TypeBindingContext context) {
        dependencies.forEach(path -> context.dependencies().use(path));
        // A proxy of the application-scoped bean: the analyzer and the weights are created at the first write,
        // once the configuration is complete (binding happens before).
        BeanHolder<IndexedTerms> indexedTerms = context.beanResolver().resolve(BeanReference.of(IndexedTerms.class));
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
        var fields = new Fields(indexedTerms, termFields, suggestions, concepts,
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
                schema.field(EVENT_TYPE, keyword).toReference(),
                schema.field(MONTH, keyword).toReference(),
                schema.field(UPDATED_AT, f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES)).toReference());
        context.bridge(LibraryRecord.class, fields);
    }

    /** The one scored field: {@link IndexedTerms#scoredTerms}. */
    private record TermFields(IndexFieldReference<String> terms) {

        void write(DocumentElement target, IndexedTerms.Analysis analysis) {
            target.addValue(terms, analysis.scoredTerms());
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
            BeanHolder<IndexedTerms> indexedTerms,
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
            IndexFieldReference<String> eventType,
            IndexFieldReference<String> month,
            IndexFieldReference<Instant> updatedAt) implements TypeBridge<LibraryRecord> {

        @Override
        public void write(DocumentElement target, LibraryRecord record, TypeBridgeWriteContext context) {
            SearchDocument doc = SearchDocument.of(record);
            IndexedTerms.Analysis analysis = indexedTerms.get().of(doc);
            terms.write(target, analysis);
            suggestions.write(target, doc);
            addAll(target, concepts, analysis.concepts());
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
            target.addValue(eventType, doc.eventType());
            target.addValue(month, doc.month());
            target.addValue(updatedAt, doc.updatedAt());
        }

        @Override
        public void close() {
            indexedTerms.close();
        }

        private static void addAll(DocumentElement target, IndexFieldReference<String> field, Collection<String> values) {
            for (String value : values) {
                target.addValue(field, value);
            }
        }
    }
}
