package cn.wenzhou.fashion.enterprise;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;

import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

import cn.wenzhou.fashion.common.Contact;
import cn.wenzhou.fashion.common.District;
import cn.wenzhou.fashion.common.EnterpriseSize;
import cn.wenzhou.fashion.common.Industry;
import cn.wenzhou.fashion.common.JsonListConverter;
import cn.wenzhou.fashion.common.LibraryRecord;
import cn.wenzhou.fashion.common.Location;
import cn.wenzhou.fashion.need.Need;
import cn.wenzhou.fashion.search.SearchDocument;
import cn.wenzhou.fashion.search.SearchDocumentBinder;
import cn.wenzhou.fashion.search.Searchable;

/** A Wenzhou enterprise (企业) that posts R&D needs and uses innovation vouchers. */
@Entity
@Indexed(index = "enterprise", routingBinder = @RoutingBinderRef(type = FashionEnterpriseRouting.class))
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class, params = @Param(name = SearchDocumentBinder.DEPENDENCIES,
        value = "name,description,industries,district,size,updatedAt")))
public class Enterprise extends LibraryRecord implements Searchable {

    public static final String KIND = "enterprise";

    @Column(nullable = false, length = 200)
    public String name;

    /** 统一社会信用代码; imported records from other systems may carry one with a wrong check character. */
    @Column(name = "credit_code", length = 18)
    public String creditCode;

    @Convert(converter = JsonListConverter.Industries.class)
    @Column(length = 1000)
    public List<Industry> industries = List.of();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public District district;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public EnterpriseSize size;

    @Column(length = 4000)
    public String description;

    @Embedded
    public Contact contact;

    @OneToMany(mappedBy = "enterprise")
    public List<Need> needs = new ArrayList<>();

    @Override
    public SearchDocument searchDocument() {
        return SearchDocument.builder(KIND, this)
                .name(name, null)
                .text(description, List.of(), List.of())
                .industries(industries)
                .location(new Location("CN", "浙江省", Location.WENZHOU, district))
                .build();
    }
}
