package cn.wenzhou.fashion.event;

import cn.wenzhou.fashion.domain.CompetitionJudge;
import cn.wenzhou.fashion.domain.JudgeStatus;

public record JudgeView(Long eventId, String userId, JudgeStatus status) {
    static JudgeView of(CompetitionJudge judge) {
        return new JudgeView(judge.event.id, judge.userId, judge.status);
    }
}
