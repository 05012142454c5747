package vn.motcua.report;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The managers' dashboard page. The page itself holds no data: it logs in to a session
 * ({@code POST /api/session}, CSRF-protected; the page keeps no password) and reads
 * {@code /api/reports/**} with the session cookie; the reports apply the same visibility
 * rule as every report.
 */
@Controller
class DashboardController {

	@GetMapping({ "/dashboard", "/dashboard/" })
	String dashboard() {
		return "forward:/dashboard/index.html";
	}

}
