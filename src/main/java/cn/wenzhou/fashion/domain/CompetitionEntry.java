package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A designer's entry to a competition in one of its categories; its score and rank once the results are published. */
@Entity
@Table(name = "competition_entry")
public class CompetitionEntry extends EventPart {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "designer_id", nullable = false)
    public Designer designer;

    @Column(name = "submitted_by", nullable = false, length = 128)
    public String submittedBy;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 4000)
    public String description;

    @Column(nullable = false, length = 200)
    public String category;

    /** References (URLs or file names) of the entry's images; the library stores no images. */
    @Convert(converter = ListColumns.Strings.class)
    @Column(name = "image_refs", length = 4000)
    public List<String> imageRefs = List.of();

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** The mean over its judges of the sum of their criterion scores; set when the results are published. */
    @Column(precision = 8, scale = 2)
    public BigDecimal score;

    /** 1 for the best entry of its category, equal scores sharing a rank; null until the results are published. */
    @Column(name = "award_rank")
    public Integer rank;
}
