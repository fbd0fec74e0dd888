package cn.wenzhou.fashion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/** The last-resort mapper: integrity races are the client's 409, anything else a 500 without internals, counted. */
class LastResortMapperTest {

    private final UnexpectedFailures failures = new UnexpectedFailures();
    private final ProblemMappers mappers = new ProblemMappers(failures);

    @Test
    void aUniqueViolationUnderAPersistenceErrorIsAConflict() {
        Response response = mappers.unexpected(new PersistenceException("could not execute statement",
                new RuntimeException(new SQLException("duplicate key value violates unique constraint \"uk_voucher_redemption_key\"", "23505"))));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).detail())
                .isEqualTo("Another request stored the same unique value at the same time: read again, then retry");
        assertThat(failures.count()).isZero();
    }

    @Test
    void aForeignKeyViolationIsAConflict() {
        Response response = mappers.unexpected(new PersistenceException(new SQLException("violates foreign key constraint", "23503")));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(failures.count()).isZero();
    }

    @Test
    void aTransactionThatLostToAConcurrentOneIsAConflict() {
        for (String state : new String[] { "40001", "40P01", "55P03", "50200", "HYT00" }) {
            Response response = mappers.unexpected(new PersistenceException(new SQLException("lock", state)));
            assertThat(response.getStatus()).as(state).isEqualTo(409);
            assertThat(((Problem) response.getEntity()).detail())
                    .isEqualTo("Another request changed the same records at the same time: read again, then retry");
        }
        assertThat(failures.count()).isZero();
    }

    @Test
    void anythingElseIsA500ThatSaysNothingOfTheInternalsAndIsCounted() {
        Response response = mappers.unexpected(new PersistenceException("ERROR: value too long for type character varying(200) in table secret_table",
                new SQLException("value too long", "22001")));
        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(problem.title()).isEqualTo("Internal Server Error");
        assertThat(problem.detail()).isEqualTo("The request could not be completed; quote its requestId when you report it");
        assertThat(failures.count()).isEqualTo(1);
        mappers.unexpected(new IllegalStateException("bug"));
        assertThat(failures.count()).isEqualTo(2);
    }
}
