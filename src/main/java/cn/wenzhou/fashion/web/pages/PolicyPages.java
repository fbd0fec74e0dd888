package cn.wenzhou.fashion.web.pages;

import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.wenzhou.fashion.account.MeService;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.incentive.PolicyService;
import cn.wenzhou.fashion.incentive.PolicyView;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.web.pages.SettlingInPages.MemberChoice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import lombok.RequiredArgsConstructor;

/**
 * The bureau's incentive policies for members who settle in, as the public reads them (admins also see drafts): the
 * list, and each policy with who may apply, the amount rule, the dates and what is left of its budgets. A signed-in
 * owner of an institution or designer finds the application form on the policy's page; it posts to the workspace
 * ({@link SettlingInPages}), where the application is then followed.
 */
@Path("/policies")
@Produces(MediaType.TEXT_HTML)
@RequiredArgsConstructor
public class PolicyPages {

    private static final int PAGE_SIZE = 20;

    private final PolicyService policies;
    private final MeService me;
    private final Caller caller;
    private final PageFrames frames;

    /** A policy and the caller's institutions and designers that could apply for it (none when signed out). */
    @TemplateData
    public record PolicyPage(PolicyView policy, List<MemberChoice> members) {
    }

    @CheckedTemplate(basePath = "PolicyPages")
    static class Templates {
        static native TemplateInstance policies(PageFrame frame, Page<PolicyView> policies);

        static native TemplateInstance policy(PageFrame frame, PolicyPage page, FormState form);
    }

    @GET
    public Response list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("lang") String lang) {
        if (page < 0 || (long) (page + 1) * PAGE_SIZE > Page.MAX_WINDOW) {
            throw new InvalidFieldException("page", "must be from 0 to " + (Page.MAX_WINDOW / PAGE_SIZE - 1));
        }
        return PageFrames.page(lang, Templates.policies(frames.frame(lang), policies.list(null, page, PAGE_SIZE)));
    }

    @GET
    @Path("{id}")
    public Response policy(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        List<MemberChoice> members = caller.signedIn() && !caller.isAdmin() ? MemberChoice.of(me.me().profiles()) : List.of();
        return PageFrames.page(lang, Templates.policy(frames.frame(lang), new PolicyPage(policies.get(id), members), FormState.NONE));
    }
}
