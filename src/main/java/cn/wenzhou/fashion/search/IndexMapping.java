package cn.wenzhou.fashion.search;

import java.util.List;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;

import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Event;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Need;
import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;

/**
 * Maps the indexed entities from the search side: the entities only say that they are indexed, and in which
 * index; here each gets the {@link SearchDocumentBinder} with the properties its document is derived from, and
 * two kinds of records are left out of the index ({@link IndexedWhen}):
 * <ul>
 * <li>enterprises outside the library's (fashion) industries: most of Wenzhou's voucher users, kept for the
 * bureau's statistics; nobody searches them, and indexing them would only slow every reindex and start;</li>
 * <li>confidential needs: then no search, suggestion or reverse match can show one, to anyone, whatever its
 * query (a need's own matches read the need from the database).</li>
 * </ul>
 */
@SearchExtension
public class IndexMapping implements HibernateOrmSearchMappingConfigurer {

    private static final List<String> PARTNER = List.of("name", "description", "industries", "capabilities", "tags", "location",
            "settled", "updatedAt");

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        mapping.type(Institution.class).binder(new SearchDocumentBinder(concat(PARTNER, "nameEn", "type", "voucherProvider")));
        mapping.type(Designer.class).binder(new SearchDocumentBinder(concat(PARTNER, "yearsExperience")));
        mapping.type(Enterprise.class)
                .binder(new SearchDocumentBinder(List.of("name", "description", "industries", "district", "size", "updatedAt")))
                .indexed().routingBinder(new IndexedWhen<>(Enterprise.class, "industries", IndexMapping::indexed));
        mapping.type(Need.class).binder(new SearchDocumentBinder(List.of("title", "description", "industries", "categories", "keywords",
                "useVoucher", "preferredScope", "status", "enterprise.district", "updatedAt")))
                .indexed().routingBinder(new IndexedWhen<>(Need.class, "confidential", IndexMapping::indexed));
        // Past events stay in the index: they are found by month, and their organisers and speakers by them.
        mapping.type(Event.class).binder(new SearchDocumentBinder(List.of("eventType", "titleZh", "titleEn", "descriptionZh",
                "descriptionEn", "startsAt", "district", "organiserName", "industries", "topics", "updatedAt")));
    }

    /** Whether the index holds a document of the record: not of a confidential need, nor of an enterprise outside the industries. */
    public static boolean indexed(LibraryRecord record) {
        if (record instanceof Need need) {
            return !need.confidential;
        }
        return !(record instanceof Enterprise enterprise) || !enterprise.industries.isEmpty();
    }

    private static List<String> concat(List<String> common, String... more) {
        return java.util.stream.Stream.concat(common.stream(), java.util.Arrays.stream(more)).toList();
    }
}
