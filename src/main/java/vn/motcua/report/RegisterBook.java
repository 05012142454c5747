package vn.motcua.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.motcua.dossier.DossierStatus;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of dossiers submitted in the period (refused and waiting ones included; the
 * legal Sổ theo dõi hồ sơ of received dossiers is
 * {@code vn.motcua.document.ReceptionBook}): one line per dossier submitted in the
 * period, in order of submission, streamed to a table. It holds applicants' personal
 * data, for the officers entitled to the register: never log a line.
 */
@Component
class RegisterBook {

	static final List<String> HEADERS = List.of("STT", "Mã hồ sơ", "Thủ tục hành chính", "Tên tổ chức, cá nhân",
			"Địa chỉ", "Số điện thoại", "Cơ quan chủ trì giải quyết", "Ngày nhận hồ sơ", "Ngày hẹn trả kết quả",
			"Ngày chuyển hồ sơ", "Ngày nhận kết quả", "Ngày trả kết quả", "Số lượng hồ sơ (bộ)", "Ghi chú");

	private final NamedParameterJdbcTemplate jdbc;

	private final PeriodReport report;

	RegisterBook(NamedParameterJdbcTemplate jdbc, PeriodReport report) {
		this.jdbc = jdbc;
		this.report = report;
	}

	@Transactional(readOnly = true)
	void write(ReportPeriod period, ReportFilter filter, TableWriter table) throws IOException {
		table.title("DANH SÁCH HỒ SƠ NỘP TRONG KỲ " + period.label());
		table.header(HEADERS);
		MapSqlParameterSource parameters = new MapSqlParameterSource("start", period.start()).addValue("end",
				period.end());
		String sql = "select d.code, d.procedure_code, d.procedure_name, d.applicant_name, d.applicant_address, "
				+ "d.applicant_phone, d.agency, d.submitted_at, d.accepted_at, d.due_at, d.original_due_at, "
				+ "d.finished_at, d.returned_at, d.status, d.note, d.sets, (select min(e.occurred_at) from dossier_event e "
				+ "where e.dossier_code = d.code and e.type = 'FORWARDED') as forwarded_at from dossier d "
				+ "where d.submitted_at >= :start and d.submitted_at < :end" + filter.conditions("d", parameters)
				+ " order by d.submitted_at, d.code";
		long[] number = { 0 };
		this.jdbc.query(sql, parameters, (rs) -> {
			List<Object> line = new ArrayList<>(Arrays.asList(++number[0], rs.getString("code"),
					rs.getString("procedure_name") + " (" + rs.getString("procedure_code") + ")",
					rs.getString("applicant_name"), rs.getString("applicant_address"), rs.getString("applicant_phone"),
					this.report.agencyName(rs.getString("agency")),
					local(rs.getObject("accepted_at", OffsetDateTime.class),
							rs.getObject("submitted_at", OffsetDateTime.class)),
					local(rs.getObject("due_at", OffsetDateTime.class), null),
					local(rs.getObject("forwarded_at", OffsetDateTime.class), null),
					local(rs.getObject("finished_at", OffsetDateTime.class), null),
					local(rs.getObject("returned_at", OffsetDateTime.class), null), rs.getInt("sets"),
					note(rs.getString("status"), rs.getObject("due_at", OffsetDateTime.class),
							rs.getObject("original_due_at", OffsetDateTime.class), rs.getString("note"))));
			try {
				table.row(line);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static LocalDateTime local(OffsetDateTime time, OffsetDateTime fallback) {
		OffsetDateTime value = (time != null) ? time : fallback;
		return (value != null) ? value.atZoneSameInstant(ReportPeriod.VIETNAM).toLocalDateTime() : null;
	}

	private static String note(String status, OffsetDateTime due, OffsetDateTime originalDue, String note) {
		StringBuilder text = new StringBuilder(DossierStatus.valueOf(status).label());
		if (due != null && originalDue != null && !due.isEqual(originalDue)) {
			text.append("; hẹn lại từ ").append(CsvTable.text(local(originalDue, null)));
		}
		if (note != null && !note.isBlank()) {
			text.append("; ").append(note);
		}
		return text.toString();
	}

}
