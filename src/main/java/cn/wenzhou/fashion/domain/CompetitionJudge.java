package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A signed-in user the organiser invited to judge a competition; they judge once they accepted. */
@Entity
@Table(name = "competition_judge")
public class CompetitionJudge extends EventPart {
    @Column(name = "user_id", nullable = false, length = 128)
    public String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public JudgeStatus status = JudgeStatus.INVITED;
}
