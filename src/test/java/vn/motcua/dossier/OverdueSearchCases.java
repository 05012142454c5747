package vn.motcua.dossier;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/dossiers?overdue=true} as officers and managers call it: the dossiers
 * being handled past their due time that the caller may see, newest first, a page at a
 * time. Run on H2 ({@link OverdueSearchTest}) and PostgreSQL ({@link OverdueSearchIT}),
 * whose plans for this search differ.
 */
abstract class OverdueSearchCases {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	/** A lead agency whose dossiers only these cases create. */
	static final String AGENCY = "bhxh-tinh";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final ObjectMapper json = new ObjectMapper();

	private final String prefix = "OS" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";

	private final OffsetDateTime now = OffsetDateTime.now(VN);

	@BeforeEach
	void setUp() {
		dossier("old", AGENCY, "DANG_XU_LY", days(-20), days(-3));
		dossier("recent", AGENCY, "DANG_XU_LY", days(-8), days(-1));
		dossier("in-time", AGENCY, "DANG_XU_LY", days(-1), days(5));
		dossier("resolved-late", AGENCY, "CHO_TRA_KET_QUA", days(-9), days(-2));
		dossier("paused", AGENCY, "TAM_DUNG", days(-7), days(-2));
		dossier("elsewhere", "so-xay-dung", "DANG_XU_LY", days(-6), days(-1));
	}

	@AfterEach
	void removeTheirRows() {
		this.jdbc.update("delete from dossier where code like ?", this.prefix + "%");
	}

	@Test
	void givenDossiersInAndPastTheirTime_whenAManagerSearchesOverdue_thenOnlyThoseHandledPastDueComeNewestFirst() {
		JsonNode page = search("quan-ly", "overdue=true&size=100");

		assertThat(mine(page)).containsExactly(code("elsewhere"), code("recent"), code("old"));
	}

	@Test
	void givenOverdueDossiersOfTwoAgencies_whenAnOfficerSearchesOverdue_thenOnlyTheirAgencysComeBack() {
		JsonNode page = search("bhxh-tinh.chuyen-vien", "overdue=true&size=100");

		assertThat(mine(page)).containsExactly(code("recent"), code("old"));
		assertThat(page.get("totalItems").asLong()).isEqualTo(2);
	}

	@Test
	void givenTwoOverdueDossiers_whenAnOfficerPagesOneAtATime_thenEachPageHoldsTheNextNewest() {
		JsonNode first = search("bhxh-tinh.chuyen-vien", "overdue=true&size=1&page=0");
		JsonNode second = search("bhxh-tinh.chuyen-vien", "overdue=true&size=1&page=1");
		JsonNode third = search("bhxh-tinh.chuyen-vien", "overdue=true&size=1&page=2");

		assertThat(mine(first)).containsExactly(code("recent"));
		assertThat(mine(second)).containsExactly(code("old"));
		assertThat(mine(third)).isEmpty();
		assertThat(third.get("totalItems").asLong()).isEqualTo(2);
	}

	private JsonNode search(String user, String query) {
		var response = new TestHttp(this.port).as(user, "demo").get("/api/dossiers?" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		try {
			return this.json.readTree(response.body());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Codes on the page that these cases created, in the order listed. */
	private List<String> mine(JsonNode page) {
		return StreamSupport.stream(page.get("items").spliterator(), false)
			.map((item) -> item.get("code").asText())
			.filter((code) -> code.startsWith(this.prefix))
			.toList();
	}

	private void dossier(String name, String agency, String status, OffsetDateTime submittedAt, OffsetDateTime dueAt) {
		this.jdbc.update("insert into dossier (code, procedure_code, procedure_name, rule_version, applicant_name, "
				+ "applicant_id_number, channel, receiving_unit, agency, level, status, submitted_at, accepted_at, "
				+ "due_at, original_due_at) values (?, 'P1', 'Thủ tục', 'test', 'Nguyễn Văn A', '001090012345', "
				+ "'TRUC_TIEP', 'trung-tam', ?, 'tinh', ?, ?, ?, ?, ?)", code(name), agency, status, submittedAt,
				submittedAt, dueAt, dueAt);
	}

	private String code(String name) {
		return this.prefix + name;
	}

	private OffsetDateTime days(int days) {
		return this.now.plus(Duration.ofDays(days));
	}

}
