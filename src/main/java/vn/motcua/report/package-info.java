/**
 * Reports for managers, counted from the dossier register (our tables), never from engine
 * history, which history cleanup removes.
 *
 * <h2>Endpoints</h2>
 * {@code GET /api/reports/summary?from=&to=[&agency=][&level=][&channel=]} (the DESIGN.md
 * figures plus {@code byAgency}, {@code byProcedure}, {@code byChannel});
 * {@code /api/reports/indicators} (Bộ chỉ số 766, each figure with its formula, numerator
 * and denominator); {@code /api/reports/register.xlsx|.csv} (Sổ theo dõi hồ sơ);
 * {@code /api/reports/summary.xlsx|.csv}; {@code /api/reports/trend},
 * {@code /api/reports/due-soon}, {@code /api/reports/overdue} for the dashboard page
 * {@code /dashboard}.
 *
 * <h2>Counting rules (domain.md §12)</h2>
 * <ul>
 * <li>A period is the days {@code from}–{@code to}, both included, in Asia/Ho_Chi_Minh;
 * at most five years; a bad date, {@code from} after {@code to} or a longer period is a
 * 400 problem in Vietnamese.</li>
 * <li><b>Received</b> = submitted in the period + <b>carried over</b>: submitted before
 * it and still open at its start, i.e. not finished ({@code finished_at}), refused,
 * stopped or withdrawn (time of the event that set that status) before the start. Online
 * submissions still waiting for reception count too (received, in progress, within time:
 * they have no appointment yet). So, like Thái Bình's report, received = resolved + in
 * progress + returned + withdrawn.</li>
 * <li><b>Resolved</b> = result ready ({@code finished_at}) in the period; late when after
 * {@code original_due_at} (the appointment before any apology; pauses move it) or
 * supplemented more than once (766); early when finished on a day before the appointment
 * day; on time on the appointment day by its hour, or when there is no appointment.</li>
 * <li><b>In progress</b> at the end of the period, overdue when its appointment is before
 * the end of the period; a dossier waiting for a supplement is judged at its request time
 * (766); more than one supplement request is always overdue.</li>
 * <li><b>Returned</b> = {@code TU_CHOI} and {@code DUNG_XU_LY}; <b>withdrawn</b> =
 * {@code RUT_HO_SO}; each only when it happened before the end of the period.</li>
 * <li><b>Rates</b>: percent with two decimals, rounded half up ({@link Rates}); published
 * sources differ (Bắc Ninh truncated 75.137% to 75.13%, Thái Bình rounded 1.079% to
 * 1.08%), so every indicator also carries its numerator and denominator.
 * {@code earlyRate} = early ÷ resolved; {@code onTimeRate} = (early + on time) ÷
 * resolved; {@code avgDaysEarly} = working days early on the official calendar, averaged
 * over the early results; {@code satisfactionRate} is {@code null} until ratings are
 * recorded.</li>
 * <li><b>Liên thông</b>: {@code byAgency} counts each lead agency's dossiers and, in
 * {@code lateSteps}/{@code lateDossiers}, the steps an agency itself finished late in the
 * period: {@code dossier_step} rows with result {@code QUA_HAN} (each agency judged on
 * its own share of the time), or, for dossiers without such rows, the late
 * {@code TASK_COMPLETED} rows of {@code dossier_event}; so the agency that caused a delay
 * carries it.</li>
 * </ul>
 *
 * <h2>Who sees what</h2> Center managers ({@code quan-ly}) and administrators see every
 * agency. Any other officer's report is limited to the agencies and receiving units of
 * their groups; asking for another agency, or having none, is a 403 problem.
 *
 * <h2>Benchmark</h2>
 * {@code MOTCUA_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/motcua_bench
 * ./mvnw test -Pbench-reports} loads 1,000,000 dossiers (once) and writes timings and
 * EXPLAIN ANALYZE to {@code target/bench/reports.json}.
 */
package vn.motcua.report;
