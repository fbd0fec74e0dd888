package cn.wenzhou.fashion.search;

import java.util.List;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.designer.Designer;
import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.institution.Institution;
import cn.wenzhou.fashion.need.Need;
import cn.wenzhou.fashion.security.CurrentUser;

/** The kinds a search may return to the current user: needs are for signed-in users only. */
@Singleton
public class SearchableKinds {

    private static final List<Class<? extends Searchable>> PUBLIC = List.of(Institution.class, Designer.class, Enterprise.class);
    private static final List<Class<? extends Searchable>> SIGNED_IN = List.of(Institution.class, Designer.class, Enterprise.class, Need.class);

    private final CurrentUser user;

    public SearchableKinds(CurrentUser user) {
        this.user = user;
    }

    public List<Class<? extends Searchable>> forCurrentUser() {
        return user.signedIn() ? SIGNED_IN : PUBLIC;
    }
}
