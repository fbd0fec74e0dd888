package cn.wenzhou.fashion.enterprise;

import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.common.Contact;
import cn.wenzhou.fashion.common.District;
import cn.wenzhou.fashion.common.EnterpriseSize;
import cn.wenzhou.fashion.common.Industry;

/** An enterprise as the API returns it. */
public record EnterpriseView(
        Long id,
        String externalId,
        String kind,
        String name,
        String creditCode,
        List<Industry> industries,
        District district,
        EnterpriseSize size,
        String description,
        Contact contact,
        String ownerId,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The view of a profile, with the contact details the reader may see (null otherwise). */
    public static EnterpriseView of(Enterprise e, Contact visibleContact) {
        return new EnterpriseView(e.id, e.externalId, Enterprise.KIND, e.name, e.creditCode, e.industries, e.district,
                e.size, e.description, visibleContact, e.ownerId, e.createdAt, e.updatedAt, e.version);
    }
}
