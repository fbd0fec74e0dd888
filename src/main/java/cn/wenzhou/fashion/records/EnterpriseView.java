package cn.wenzhou.fashion.records;

import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.domain.Contact;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.EnterpriseSize;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.RecordKind;

/** An enterprise as the API returns it. */
public record EnterpriseView(
        Long id,
        String externalId,
        String kind,
        String name,
        String creditCode,
        boolean creditCodeVerified,
        List<Industry> industries,
        District district,
        EnterpriseSize size,
        String description,
        Contact contact,
        String ownerId,
        Instant createdAt,
        Instant updatedAt,
        long version) implements RecordView {

    /** The view of a profile, with its contact details only where the reader may see them. */
    public static EnterpriseView of(Enterprise e, Disclosure shown) {
        return new EnterpriseView(e.id, e.externalId, RecordKind.ENTERPRISE.code(), e.name, e.creditCode, e.verifiedCreditCode != null, e.industries, e.district,
                e.size, e.description, shown.contact() ? e.contact : null, shown.owner() ? e.ownerId : null, e.createdAt, e.updatedAt, e.version);
    }
}
