package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A judge's score of an entry on one of the competition's criteria. */
@Entity
@Table(name = "entry_score")
public class EntryScore extends EntryJudgement {
    @Column(nullable = false, length = 200)
    public String criterion;

    @Column(nullable = false)
    public int score;
}
