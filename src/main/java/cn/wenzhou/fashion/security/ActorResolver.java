package cn.wenzhou.fashion.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.Actor;
import cn.wenzhou.fashion.common.LibraryRecord;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.designer.Designer;
import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.institution.Institution;

/**
 * The acting party of the current request for the workflow services (cooperation, vouchers, statistics):
 * the signed-in user's subject, library roles and the profiles it owns. Resolved once per request.
 */
@RequestScoped
public class ActorResolver {

    private static final List<Class<? extends LibraryRecord>> PROFILE_TYPES = List.of(Enterprise.class, Institution.class, Designer.class);

    private final CurrentUser user;
    private final Records records;
    private Actor actor;

    public ActorResolver(CurrentUser user, Records records) {
        this.user = user;
        this.records = records;
    }

    /** The signed-in user as an actor; anonymous (no id, no roles, no profiles) without a token. */
    @Transactional
    public Actor current() {
        if (actor == null) {
            String subject = user.subject();
            Set<Actor.ProfileRef> profiles = new LinkedHashSet<>();
            if (subject != null) {
                for (Class<? extends LibraryRecord> type : PROFILE_TYPES) {
                    records.ownedBy(type, subject).forEach(p -> profiles.add(new Actor.ProfileRef(kindOf(p), p.id)));
                }
            }
            actor = new Actor(subject, user.roles(), profiles);
        }
        return actor;
    }

    /** The kind of a profile: enterprise, institution or designer. */
    public static String kindOf(LibraryRecord profile) {
        if (profile instanceof Enterprise) {
            return Enterprise.KIND;
        }
        return profile instanceof Institution ? Institution.KIND : Designer.KIND;
    }
}
