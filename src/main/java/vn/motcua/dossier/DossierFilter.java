package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A search of the register, always limited to the units an officer may see.
 *
 * @param status only this status
 * @param agency only this competent agency
 * @param overdue only dossiers being handled past their due time
 * @param from submitted on or after this day
 * @param to submitted on or before this day
 * @param visibleUnits units whose dossiers the caller may see; {@code null} for every
 * unit
 * @param now the current time, for {@code overdue}
 * @param page page number from 0
 * @param size page size
 */
record DossierFilter(DossierStatus status, String agency, Boolean overdue, LocalDate from, LocalDate to,
		Set<String> visibleUnits, OffsetDateTime now, int page, int size) {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	String where(MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (this.visibleUnits != null) {
			if (this.visibleUnits.isEmpty()) {
				conditions.add("1 = 0");
			}
			else {
				conditions.add("(agency in (:units) or receiving_unit in (:units))");
				parameters.addValue("units", this.visibleUnits);
			}
		}
		if (this.status != null) {
			conditions.add("status = :status");
			parameters.addValue("status", this.status.name());
		}
		if (this.agency != null) {
			conditions.add("agency = :agency");
			parameters.addValue("agency", this.agency);
		}
		if (Boolean.TRUE.equals(this.overdue)) {
			conditions.add("status = 'DANG_XU_LY' and due_at < :now");
			parameters.addValue("now", this.now);
		}
		if (this.from != null) {
			conditions.add("submitted_at >= :from");
			parameters.addValue("from", this.from.atStartOfDay(VN).toOffsetDateTime());
		}
		if (this.to != null) {
			conditions.add("submitted_at < :to");
			parameters.addValue("to", this.to.plusDays(1).atStartOfDay(VN).toOffsetDateTime());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

}
