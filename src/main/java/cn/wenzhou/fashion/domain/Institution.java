package cn.wenzhou.fashion.institution;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

import cn.wenzhou.fashion.common.Capability;
import cn.wenzhou.fashion.common.InstitutionType;
import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.search.SearchDocument;
import cn.wenzhou.fashion.search.SearchDocumentBinder;
import cn.wenzhou.fashion.search.Searchable;

/** A design institute, university, research institute, testing lab or other service institution (机构). */
@Entity
@Indexed(index = "institution")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class, params = @Param(name = SearchDocumentBinder.DEPENDENCIES,
        value = "name,nameEn,description,industries,capabilities,tags,location,type,voucherProvider,settled,updatedAt")))
public class Institution extends PartnerProfile implements Searchable {

    public static final String KIND = "institution";

    @Column(name = "name_en", length = 300)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public InstitutionType type;

    /** Registered as an innovation-voucher service institution (创新券服务机构). */
    @Column(name = "voucher_provider")
    public boolean voucherProvider;

    @Override
    public SearchDocument searchDocument() {
        List<String> voucherCategories = voucherProvider
                ? capabilities.stream().filter(Capability::voucherEligible).map(c -> c.category().name()).distinct().toList()
                : List.of();
        return SearchDocument.builder(KIND, this)
                .name(name, nameEn)
                .partner(this)
                .institutionType(type)
                .voucher(voucherProvider, voucherCategories)
                .build();
    }
}
