package cn.wenzhou.fashion.account;

import java.util.List;
import java.util.Set;

import cn.wenzhou.fashion.records.OwnedProfile;

/**
 * The signed-in user as the library sees them.
 *
 * @param subject the id that profiles keep as their owner
 * @param name the user name
 */
public record Me(String subject, String name, Set<String> roles, List<OwnedProfile> profiles) {
}
