package vn.motcua.workspace;

import java.util.List;
import java.util.Set;

import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The counter's prefill: the applicant as written on his latest dossier that the officer
 * may see. The ID number travels in the {@code X-Id-Number} header, never in the address
 * (addresses are logged).
 */
@RestController
class ApplicantController {

	private final NamedParameterJdbcTemplate jdbc;

	ApplicantController(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/applicants/latest")
	Applicant latest(@RequestHeader("X-Id-Number") String idNumber) {
		Officer officer = Officer.current();
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", idNumber.strip());
		String visible = "";
		if (!officer.seesEveryAgency()) {
			Set<String> agencies = officer.agencies();
			if (agencies.isEmpty()) {
				throw notFound();
			}
			parameters.addValue("agencies", agencies);
			visible = " and (receiving_unit in (:agencies) or agency in (:agencies))";
		}
		List<Applicant> found = this.jdbc.query(
				"select applicant_name, applicant_id_number, applicant_phone, "
						+ "applicant_email, applicant_address from dossier where applicant_id_number = :id" + visible
						+ " order by submitted_at desc limit 1",
				parameters, (rs, row) -> new Applicant(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5)));
		return found.stream().findFirst().orElseThrow(ApplicantController::notFound);
	}

	private static ApiException notFound() {
		return new ApiException(HttpStatus.NOT_FOUND, "applicant-not-found", "workspace.applicant.not-found");
	}

	/**
	 * @param name full name
	 * @param idNumber ID number
	 * @param phone phone
	 * @param email e-mail
	 * @param address postal address
	 */
	record Applicant(String name, String idNumber, String phone, String email, String address) {

		@Override
		public String toString() {
			return "Applicant[redacted]";
		}

	}

}
