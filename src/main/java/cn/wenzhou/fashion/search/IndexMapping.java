package cn.wenzhou.fashion.search;

import java.util.List;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;

import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.Need;
import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;

/**
 * Maps the indexed entities from the search side: the entities only say that they are indexed, and in which
 * index; here each gets the {@link SearchDocumentBinder} with the properties its document is derived from, and
 * enterprises outside the fashion industries ({@link FashionEnterpriseRouting}) and confidential needs
 * ({@link ConfidentialNeedRouting}) are left out of the index.
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
                .indexed().routingBinder(new FashionEnterpriseRouting());
        mapping.type(Need.class).binder(new SearchDocumentBinder(List.of("title", "description", "industries", "categories", "keywords",
                "useVoucher", "preferredScope", "status", "enterprise.district", "updatedAt")))
                .indexed().routingBinder(new ConfidentialNeedRouting());
    }

    private static List<String> concat(List<String> common, String... more) {
        return java.util.stream.Stream.concat(common.stream(), java.util.Arrays.stream(more)).toList();
    }
}
