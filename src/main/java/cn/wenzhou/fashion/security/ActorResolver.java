package cn.wenzhou.fashion.security;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import cn.wenzhou.fashion.account.ProfileOwnership;
import cn.wenzhou.fashion.common.Actor;

/**
 * The acting party of the current request for the workflow services (cooperation, vouchers, statistics):
 * the signed-in user's subject, library roles and the profiles it owns. Resolved once per request.
 */
@RequestScoped
public class ActorResolver {

    private final CurrentUser user;
    private final ProfileOwnership ownership;
    private Actor actor;

    public ActorResolver(CurrentUser user, ProfileOwnership ownership) {
        this.user = user;
        this.ownership = ownership;
    }

    /** The signed-in user as an actor; anonymous (no id, no roles, no profiles) without a token. */
    public Actor current() {
        if (actor == null) {
            String subject = user.subject();
            Set<Actor.ProfileRef> profiles = new LinkedHashSet<>();
            if (subject != null) {
                ownership.ownedBy(subject).forEach(p -> profiles.add(new Actor.ProfileRef(p.kind(), p.id())));
            }
            actor = new Actor(subject, user.roles(), profiles);
        }
        return actor;
    }
}
