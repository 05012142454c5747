package vn.motcua.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.motcua.catalog.Procedure;

/** What the deadline steps need from the working-day calendar. */
interface WorkingTime {

	/**
	 * The appointment for a dossier of {@code procedure} accepted at {@code acceptedAt}.
	 */
	OffsetDateTime dueAt(OffsetDateTime acceptedAt, Procedure procedure);

	/**
	 * The appointment counted on the procedure's legal time limit instead of the
	 * committed one.
	 */
	OffsetDateTime statutoryDueAt(OffsetDateTime acceptedAt, Procedure procedure);

	/** Whole working days from one instant to another, for pauses and days left. */
	int workingDaysBetween(OffsetDateTime from, OffsetDateTime to);

	/** The same time of day, {@code days} working days later. */
	OffsetDateTime addWorkingDays(OffsetDateTime from, int days);

	boolean isWorkingDay(LocalDate day);

	/** End of office hours of a day. */
	OffsetDateTime closeOfDay(LocalDate day);

}
