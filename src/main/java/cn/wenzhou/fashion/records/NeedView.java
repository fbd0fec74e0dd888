package cn.wenzhou.fashion.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.common.CapabilityCategory;
import cn.wenzhou.fashion.common.Industry;
import cn.wenzhou.fashion.common.Scope;

/** A need as the API returns it. */
public record NeedView(
        Long id,
        String externalId,
        String kind,
        Long enterpriseId,
        String enterpriseExternalId,
        String enterpriseName,
        String title,
        String description,
        List<Industry> industries,
        List<CapabilityCategory> categories,
        List<String> keywords,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        boolean useVoucher,
        Scope preferredScope,
        NeedStatus status,
        String ownerId,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static NeedView of(Need n) {
        return new NeedView(n.id, n.externalId, Need.KIND, n.enterprise.id, n.enterprise.externalId, n.enterprise.name,
                n.title, n.description, n.industries, n.categories, n.keywords, n.budgetMin, n.budgetMax, n.useVoucher,
                n.preferredScope, n.status, n.ownerId, n.createdAt, n.updatedAt, n.version);
    }
}
