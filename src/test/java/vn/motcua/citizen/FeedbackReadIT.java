package vn.motcua.citizen;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TestHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/feedback/{code}} on PostgreSQL answers the very keys and times H2 does
 * ({@code FeedbackProcessTest}): the center's leader who holds the answer task reads a
 * feedback naming no agency; another agency's officer is told it does not exist.
 */
@PostgresTest
class FeedbackReadIT {

	@LocalServerPort
	int port;

	@Test
	void givenAFeedbackNamingNoAgency_whenTheTaskHolderAndAnotherAgencyReadIt_then200WithTheSameKeysAnd404() {
		String code = FeedbackJson.send(this.port, null, "Thái độ tiếp dân chưa tốt tại quầy số 3.");

		HttpResponse<String> holder = new TestHttp(this.port).as("trung-tam.lanh-dao", "demo")
			.get("/api/feedback/" + code);
		HttpResponse<String> otherAgency = new TestHttp(this.port).as("so-y-te.chuyen-vien", "demo")
			.get("/api/feedback/" + code);

		assertThat(holder.statusCode()).as(holder.body()).isEqualTo(200);
		FeedbackJson.assertShape(holder.body(), code);
		assertThat(otherAgency.statusCode()).isEqualTo(404);
		assertThat(otherAgency.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/problem+json");
	}

}
