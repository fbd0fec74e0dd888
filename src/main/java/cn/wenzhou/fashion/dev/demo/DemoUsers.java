package cn.wenzhou.fashion.dev.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.wenzhou.fashion.domain.CreditCodes;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.NeedRepository;
import cn.wenzhou.fashion.domain.Profile;
import cn.wenzhou.fashion.domain.Records;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Gives the realm's demo users (ent-a, ent-b, inst-a, designer-a) a demo profile each, approved, so that dev
 * mode can walk a workflow as each of them (header X-Dev-User); their dev identity's subject is their name.
 */
@ApplicationScoped
class DemoUsers {

    private final Records records;
    private final NeedRepository needs;

    DemoUsers(Records records, NeedRepository needs) {
        this.records = records;
        this.needs = needs;
    }

    void giveProfiles() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Enterprise> enterprises = Enterprise.find("creditCode is not null order by id").page(0, 2).list();
            for (int i = 0; i < enterprises.size(); i++) {
                Enterprise enterprise = enterprises.get(i);
                own(enterprise, i == 0 ? "ent-a" : "ent-b");
                if (CreditCodes.isValid(enterprise.creditCode) && records.findVerifiedCreditCode(enterprise.creditCode).isEmpty()) {
                    enterprise.verifiedCreditCode = enterprise.creditCode;
                }
                needs.transferTo(enterprise, enterprise.ownerId);
            }
            own(Institution.find("voucherProvider = true order by id").firstResult(), "inst-a");
            own(Designer.find("order by id").firstResult(), "designer-a");
        });
    }

    private static void own(PanacheEntityBase found, String user) {
        if (found instanceof LibraryRecord profile) {
            profile.ownerId = user;
            ((Profile) profile).approveOwner(true);
        }
    }
}
