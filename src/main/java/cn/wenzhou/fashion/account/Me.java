package cn.wenzhou.fashion.account;

import java.util.List;
import java.util.Set;

import cn.wenzhou.fashion.records.OwnedProfile;

/**
 * The signed-in user as the library sees them.
 *
 * @param subject the id that profiles keep as their owner
 * @param name the user name
 * @param kinds the kinds the library granted: those of the owned profiles whose owner an admin approved; without
 *        one, the library's needs stay closed whatever the realm's roles say
 */
public record Me(String subject, String name, Set<String> roles, Set<String> kinds, List<OwnedProfile> profiles) {
}
