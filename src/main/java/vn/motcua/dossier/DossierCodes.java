package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues dossier codes in the national form {@code <unit identifier>-YYMMDD-XXXX} (Thông
 * tư 03/2025/TT-VPCP, Điều 13): a sequence per receiving unit and day, at least four
 * digits. The row lock taken by the increment serialises concurrent submissions on every
 * node that shares the database.
 */
@Component
class DossierCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcTemplate jdbc;

	private final DayRowCreator dayRows;

	DossierCodes(JdbcTemplate jdbc, DayRowCreator dayRows) {
		this.jdbc = jdbc;
		this.dayRows = dayRows;
	}

	/**
	 * Runs inside the caller's transaction, so a failed submission does not leave a
	 * gap-free claim.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	String next(String unitIdentifier, LocalDate day) {
		int updated = increment(unitIdentifier, day);
		if (updated == 0) {
			try {
				this.dayRows.create(unitIdentifier, day);
			}
			catch (DataIntegrityViolationException ex) {
				// Another node created the day's row first; use it.
			}
			updated = increment(unitIdentifier, day);
		}
		if (updated != 1) {
			throw new IllegalStateException("Dossier sequence row missing for " + unitIdentifier + " " + day);
		}
		Integer value = this.jdbc.queryForObject(
				"select last_value from dossier_sequence where unit_identifier = ? and sequence_day = ?", Integer.class,
				unitIdentifier, day);
		return unitIdentifier + "-" + DAY.format(day) + "-" + String.format("%04d", value);
	}

	private int increment(String unitIdentifier, LocalDate day) {
		return this.jdbc.update(
				"update dossier_sequence set last_value = last_value + 1 where unit_identifier = ? and sequence_day = ?",
				unitIdentifier, day);
	}

	/**
	 * Creates the day's row in its own transaction, so a lost race does not spoil the
	 * caller's.
	 */
	@Component
	static class DayRowCreator {

		private final JdbcTemplate jdbc;

		DayRowCreator(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Transactional(propagation = Propagation.REQUIRES_NEW)
		public void create(String unitIdentifier, LocalDate day) {
			this.jdbc.update(
					"insert into dossier_sequence (unit_identifier, sequence_day, last_value) values (?, ?, 0)",
					unitIdentifier, day);
		}

	}

}
