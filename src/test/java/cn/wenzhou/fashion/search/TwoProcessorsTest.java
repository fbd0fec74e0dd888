package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Two processors of the index outbox on one database, as two instances of the service have (the second one built
 * here beside the application's, with a lease holder of its own): they hand the lease to each other after every
 * drain while records change many times, and the index ends equal to the database, each record with its last name.
 */
@QuarkusTest
@TestSecurity(user = "two-processors-admin", roles = "admin")
class TwoProcessorsTest {

    private static final int RECORDS = 10;
    private static final int CHANGES_EACH = 10;

    @Inject
    IndexEventProcessor processor;
    @Inject
    OtherInstances instances;

    @Test
    void twoProcessorsHandingTheLeaseOverLeaveTheIndexEqualToTheDatabase() throws Exception {
        var other = instances.processor();
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            names.add(uniqueWord(""));
            ids.add(Fixtures.create("/api/institutions", body(names.get(i) + "start")));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> processors = List.of(threads.submit(() -> drainAndHandOver(processor, writing)),
                    threads.submit(() -> drainAndHandOver(other, writing)));
            for (int change = 1; change <= CHANGES_EACH; change++) {
                for (int i = 0; i < RECORDS; i++) {
                    given().noFilters().contentType(ContentType.JSON).body(body(names.get(i) + "change" + letter(change)))
                            .when().put("/api/institutions/{id}", ids.get(i)).then().statusCode(200);
                }
            }
            writing.set(false);
            for (Future<?> running : processors) {
                running.get();
            }
        } finally {
            threads.shutdownNow();
        }
        IndexingBacklog.awaitEmpty();

        for (int i = 0; i < RECORDS; i++) {
            given().queryParam("q", names.get(i) + "change" + letter(CHANGES_EACH)).queryParam("kind", "institution")
                    .when().get("/api/search").then().statusCode(200)
                    .body("total", equalTo(1)).body("items.id", contains(ids.get(i).intValue()));
            given().queryParam("q", names.get(i) + "start").queryParam("kind", "institution")
                    .when().get("/api/search").then().statusCode(200).body("total", equalTo(0));
        }
    }

    private static void drainAndHandOver(IndexEventProcessor processor, AtomicBoolean writing) {
        while (writing.get()) {
            processor.drain();
            processor.releaseLease();
        }
    }


    private static char letter(int i) {
        return (char) ('a' + i);
    }

    private static String body(String name) {
        return """
                {"name":"%s","type":"TESTING_LAB","description":"鞋类检测","industries":["FOOTWEAR"],
                 "location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""".formatted(name);
    }
}
