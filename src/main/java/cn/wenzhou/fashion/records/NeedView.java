package cn.wenzhou.fashion.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedStatus;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Scope;

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
        boolean confidential,
        String ownerId,
        Instant createdAt,
        Instant updatedAt,
        long version) implements RecordView {

    public static NeedView of(Need n, Disclosure shown) {
        return new NeedView(n.id, n.externalId, RecordKind.NEED.code(), n.enterprise.id, n.enterprise.externalId, n.enterprise.name,
                n.title, n.description, n.industries, n.categories, n.keywords, n.budgetMin, n.budgetMax, n.useVoucher,
                n.preferredScope, n.status, n.confidential, shown.owner() ? n.ownerId : null, n.createdAt, n.updatedAt, n.version);
    }
}
