package vn.motcua.calendar;

import java.util.Optional;

/**
 * How a procedure's deadline is counted (working days or hours, same day, cut-off), for
 * {@code GET /api/public/calendar/due-date?procedure=CODE}. The catalogue provides a
 * bean; without one the endpoint counts plain working days. An implementation may throw
 * an {@code ApiException} (404) for an unknown code.
 */
public interface ProcedureDeadlineRules {

	Optional<DeadlineSpec> deadlineOf(String procedureCode);

}
