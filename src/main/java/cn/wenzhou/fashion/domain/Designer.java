package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** An individual designer or expert (设计师) offering capabilities to enterprises. */
@Entity
@Indexed(index = "designer")
public class Designer extends PartnerProfile {
    @Column(name = "years_experience")
    public Integer yearsExperience;
}
