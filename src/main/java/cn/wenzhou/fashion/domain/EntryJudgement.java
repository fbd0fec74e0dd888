package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What one judge recorded about one competition entry: a score on a criterion, or a declared conflict of interest. */
@MappedSuperclass
public abstract class EntryJudgement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    public CompetitionEntry entry;

    @Column(name = "judge_id", nullable = false, length = 128)
    public String judgeId;
}
