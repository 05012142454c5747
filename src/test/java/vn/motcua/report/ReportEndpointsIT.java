package vn.motcua.report;

import vn.motcua.support.PostgresTest;

/**
 * The report endpoints and the dashboard's calls on PostgreSQL. Other report ITs use
 * 2019; this one clears the register before 2019 only, and its watchlist dossiers are
 * found by their own codes.
 */
@PostgresTest
class ReportEndpointsIT extends ReportEndpointsContract {

	@Override
	void clear(RegisterFixture register) {
		register.clearBefore("2019-01-01");
	}

}
