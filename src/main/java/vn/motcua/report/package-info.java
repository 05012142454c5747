/**
 * Reports for managers, counted from the dossier register (our tables), never from engine
 * history, which history cleanup removes.
 *
 * <h2>Endpoints</h2>
 * {@code GET /api/reports/summary?from=&to=[&agency=][&level=][&channel=]} (the HTTP
 * contract figures plus {@code byAgency}, {@code byProcedure}, {@code byChannel});
 * {@code /api/reports/indicators} (Bộ chỉ số 766, each figure with its formula, numerator
 * and denominator); {@code /api/reports/register.xlsx|.csv} (the dossiers submitted in
 * the period; the legal Sổ theo dõi hồ sơ is {@code /api/register-books/{unit}/{year}});
 * {@code /api/reports/summary.xlsx|.csv}; {@code /api/reports/trend},
 * {@code /api/reports/due-soon}, {@code /api/reports/overdue} for the dashboard page
 * {@code /dashboard}.
 *
 * <h2>Counting rules (docs/domain.md, "Reports and the 766 indicators")</h2> In words,
 * with every formula: {@code docs/reports.md}. In short: received = accepted in the
 * period plus carried over (refused and not-yet-received dossiers have their own counts);
 * stopped, withdrawn and refused end processing in the on-time rate; open dossiers are
 * judged at the end of the period or now, whichever comes first; dossiers without an
 * appointment against their legal time less paused time; average times in each
 * procedure's own unit; every rate with its numerator and denominator ({@link Rates}).
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
