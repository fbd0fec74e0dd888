package cn.wenzhou.fashion.records;

import java.time.LocalDate;

import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.WenzhouClock;

/** A need in a list of needs to open: its title, the enterprise with its district, and the day it was posted (Wenzhou time). */
public record NeedSummary(Long id, String title, Long enterpriseId, String enterpriseName, District district, LocalDate postedOn,
        boolean confidential) {

    static NeedSummary of(Need need) {
        return new NeedSummary(need.id, need.title, need.enterprise.id, need.enterprise.name, need.enterprise.district,
                need.createdAt.atZone(WenzhouClock.ZONE).toLocalDate(), need.confidential);
    }
}
