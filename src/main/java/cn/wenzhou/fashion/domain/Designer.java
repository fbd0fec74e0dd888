package cn.wenzhou.fashion.designer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.search.SearchDocument;
import cn.wenzhou.fashion.search.SearchDocumentBinder;
import cn.wenzhou.fashion.search.Searchable;

/** An individual designer or expert (设计师) offering capabilities to enterprises. */
@Entity
@Indexed(index = "designer")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class, params = @Param(name = SearchDocumentBinder.DEPENDENCIES,
        value = "name,description,industries,capabilities,tags,location,yearsExperience,settled,updatedAt")))
public class Designer extends PartnerProfile implements Searchable {

    public static final String KIND = "designer";

    @Column(name = "years_experience")
    public Integer yearsExperience;

    @Override
    public SearchDocument searchDocument() {
        return SearchDocument.builder(KIND, this).name(name, null).partner(this).build();
    }
}
