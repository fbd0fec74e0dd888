package cn.wenzhou.fashion.testsupport;

import java.util.Set;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * After every RestAssured request that may write (not GET, HEAD, OPTIONS), waits until the index has applied what it
 * committed ({@link IndexingBacklog}), so that tests that write then search see their write, as a user does a moment
 * later. Installed before every @QuarkusTest class (a service loader callback), once per application start.
 */
public class AwaitIndexingFilter implements Filter, QuarkusTestBeforeClassCallback {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void beforeClass(Class<?> testClass) {
        if (RestAssured.filters().stream().noneMatch(AwaitIndexingFilter.class::isInstance)) {
            RestAssured.filters(new AwaitIndexingFilter());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        if (!READS.contains(request.getMethod()) && Arc.container() != null && Arc.container().isRunning()) {
            IndexingBacklog.awaitEmpty();
        }
        return answer;
    }
}
