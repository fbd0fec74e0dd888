package cn.wenzhou.fashion.need;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

import cn.wenzhou.fashion.common.CapabilityCategory;
import cn.wenzhou.fashion.common.Industry;
import cn.wenzhou.fashion.common.JsonListConverter;
import cn.wenzhou.fashion.common.LibraryRecord;
import cn.wenzhou.fashion.common.Location;
import cn.wenzhou.fashion.common.Scope;
import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.search.SearchDocument;
import cn.wenzhou.fashion.search.SearchDocumentBinder;
import cn.wenzhou.fashion.search.Searchable;

/** An enterprise's R&D need (需求): new materials, processes, technology or design it wants a partner for. */
@Entity
@Indexed(index = "need")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class, params = @Param(name = SearchDocumentBinder.DEPENDENCIES,
        value = "title,description,industries,categories,keywords,useVoucher,preferredScope,status,enterprise.district,updatedAt")))
public class Need extends LibraryRecord implements Searchable {

    public static final String KIND = "need";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    public Enterprise enterprise;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 4000)
    public String description;

    @Convert(converter = JsonListConverter.Industries.class)
    @Column(length = 1000)
    public List<Industry> industries = List.of();

    @Convert(converter = JsonListConverter.Categories.class)
    @Column(length = 1000)
    public List<CapabilityCategory> categories = List.of();

    @Convert(converter = JsonListConverter.Strings.class)
    @Column(length = 4000)
    public List<String> keywords = List.of();

    @Column(name = "budget_min", precision = 14, scale = 2)
    public BigDecimal budgetMin;

    @Column(name = "budget_max", precision = 14, scale = 2)
    public BigDecimal budgetMax;

    @Column(name = "use_voucher")
    public boolean useVoucher;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_scope", nullable = false, length = 20)
    public Scope preferredScope = Scope.ANY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public NeedStatus status = NeedStatus.OPEN;

    @Override
    public SearchDocument searchDocument() {
        return SearchDocument.builder(KIND, this)
                .name(title, null)
                .text(description, keywords, List.of())
                .industries(industries)
                .categories(categories.stream().map(Enum::name).toList())
                .location(new Location("CN", "浙江省", Location.WENZHOU, enterprise.district))
                .voucher(useVoucher, List.of())
                .status(status.name())
                .build();
    }
}
