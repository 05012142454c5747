package vn.motcua.report;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The managers' dashboard page. The page itself holds no data: it logs in with the
 * officer's credentials (HTTP Basic, kept in the tab's sessionStorage, so no cookie and
 * nothing for CSRF to ride on) and reads {@code /api/reports/**}, which apply the same
 * visibility rule as every report.
 */
@Controller
class DashboardController {

	@GetMapping({ "/dashboard", "/dashboard/" })
	String dashboard() {
		return "forward:/dashboard/index.html";
	}

}
