package cn.wenzhou.fashion.web.pages;

import java.util.List;
import java.util.Set;

import cn.wenzhou.fashion.domain.Roles;

import io.quarkus.qute.TemplateData;

/**
 * Who reads the page, as its header shows it: the signed-in user's name and the sign-out form, or the sign-in
 * link that comes back to this page; in dev mode without Keycloak, the chooser of the demo user instead.
 *
 * @param name the user name to show; null for anonymous readers
 * @param here this page's path and query, where sign-in and the dev chooser come back to
 * @param devChoices whom dev mode may act as; empty outside dev mode
 * @param devChoice whom dev mode acts as now
 * @param roles the library's roles of the reader, for the header's links to what they may use
 * @param forms whether the header may hold its forms (sign out, the dev chooser): not on a page answered before the
 *        CSRF filter ran (a refusal of the security check), which has no token for them
 * @param unread how many of the reader's notifications are unread, beside the header's link to the inbox
 */
@TemplateData
public record PageUser(String name, String here, List<String> devChoices, String devChoice, Set<String> roles, boolean forms, long unread) {

    /** The same reader, the header without forms. */
    PageUser withoutForms() {
        return new PageUser(name, here, devChoices, devChoice, roles, false, unread);
    }

    /** The header links to the need editor: enterprise users post needs. */
    public boolean postsNeeds() {
        return roles.contains(Roles.ENTERPRISE);
    }

    /** The header links to the bureau's dashboard. */
    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean signedIn() {
        return name != null;
    }

    public boolean devChooser() {
        return forms && !devChoices.isEmpty();
    }

    public String signInHref() {
        return "/signin?to=" + PageExtensions.urlEncode(here);
    }
}
