package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A conflict of interest a judge declared for an entry: it excludes them from scoring it. */
@Entity
@Table(name = "judge_conflict")
public class JudgeConflict extends EntryJudgement {
    @Column(nullable = false, length = 1000)
    public String reason;
}
