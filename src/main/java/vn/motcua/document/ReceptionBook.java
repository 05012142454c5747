package vn.motcua.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.dossier.DossierStatus;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Sổ theo dõi hồ sơ of a receiving unit for a year: one line per dossier it received,
 * in the order of its entry numbers, with the law's columns (docs/domain.md, "Forms and
 * the register book"). Refused and not-yet-received dossiers have no entry, so they are
 * not in the book.
 */
@Component
class ReceptionBook {

	private final NamedParameterJdbcTemplate jdbc;

	private final FormDataReader units;

	ReceptionBook(NamedParameterJdbcTemplate jdbc, FormDataReader units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * @param unit receiving unit
	 * @param year the book's year
	 * @param month entries of one month only, or null for the whole year
	 */
	List<Line> lines(String unit, int year, Integer month) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("unit", unit).addValue("year", year);
		String where = "where e.receiving_unit = :unit and e.book_year = :year";
		if (month != null) {
			OffsetDateTime from = LocalDate.of(year, month, 1).atStartOfDay(Texts.VIETNAM).toOffsetDateTime();
			where += " and e.entered_at >= :from and e.entered_at < :to";
			parameters.addValue("from", from).addValue("to", from.plusMonths(1));
		}
		List<Line> lines = new ArrayList<>();
		this.jdbc.query("select e.entry_number, e.sets, e.entered_at, d.code, d.procedure_name, d.applicant_name, "
				+ "d.applicant_address, d.applicant_phone, d.agency, d.status, d.original_due_at, d.due_at, "
				+ "d.finished_at, d.returned_at, d.supplement_count, d.apology_count, "
				+ "(select min(f.occurred_at) from dossier_event f where f.dossier_code = d.code "
				+ "and f.type = 'FORWARDED') as forwarded_at, "
				+ "(select min(r.occurred_at) from dossier_event r where r.dossier_code = d.code "
				+ "and r.type = 'RESULT_READY') as result_at "
				+ "from register_entry e join dossier d on d.code = e.dossier_code " + where
				+ " order by e.entry_number", parameters, (rs) -> {
					OffsetDateTime original = rs.getObject("original_due_at", OffsetDateTime.class);
					OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
					OffsetDateTime result = rs.getObject("result_at", OffsetDateTime.class);
					if (result == null) {
						result = rs.getObject("finished_at", OffsetDateTime.class);
					}
					String contact = String.join(", ",
							nonBlank(rs.getString("applicant_address"), rs.getString("applicant_phone")));
					lines.add(new Line(rs.getInt("entry_number"), rs.getString("code"), rs.getString("procedure_name"),
							Texts.count(rs.getInt("sets")), rs.getString("applicant_name"), contact,
							this.units.name(rs.getString("agency")),
							Texts.time(rs.getObject("entered_at", OffsetDateTime.class)),
							Texts.time((original != null) ? original : due),
							(original != null && due != null && !original.isEqual(due)) ? Texts.time(due) : "",
							Texts.time(rs.getObject("forwarded_at", OffsetDateTime.class)), Texts.time(result),
							Texts.time(rs.getObject("returned_at", OffsetDateTime.class)),
							note(DossierStatus.valueOf(rs.getString("status")), rs.getInt("supplement_count"),
									rs.getInt("apology_count"))));
				});
		return lines;
	}

	private static List<String> nonBlank(String... values) {
		List<String> kept = new ArrayList<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				kept.add(value);
			}
		}
		return kept;
	}

	/** What the Ghi chú column says: how the dossier ended, if not by its result. */
	private static String note(DossierStatus status, int supplements, int apologies) {
		List<String> notes = new ArrayList<>();
		if (supplements > 0) {
			notes.add("Có yêu cầu bổ sung");
		}
		if (apologies > 0) {
			notes.add("Có văn bản xin lỗi, hẹn lại");
		}
		if (status == DossierStatus.DUNG_XU_LY || status == DossierStatus.RUT_HO_SO) {
			notes.add(status.label());
		}
		return String.join("; ", notes);
	}

	/**
	 * A line of the book.
	 *
	 * @param number Số thứ tự
	 * @param code dossier code
	 * @param procedure procedure
	 * @param sets number of sets
	 * @param applicant applicant
	 * @param contact address and phone
	 * @param agency lead agency
	 * @param receivedAt Ngày nhận hồ sơ
	 * @param dueAt Hẹn trả kết quả
	 * @param newDueAt the new appointment, if it moved
	 * @param forwardedAt Chuyển hồ sơ đến cơ quan giải quyết
	 * @param resultAt Nhận kết quả từ cơ quan giải quyết
	 * @param returnedAt Trả kết quả cho tổ chức, cá nhân
	 * @param note Ghi chú
	 */
	record Line(int number, String code, String procedure, String sets, String applicant, String contact, String agency,
			String receivedAt, String dueAt, String newDueAt, String forwardedAt, String resultAt, String returnedAt,
			String note) {

	}

}
