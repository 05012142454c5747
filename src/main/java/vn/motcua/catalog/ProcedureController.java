package vn.motcua.catalog;

import java.util.List;
import java.util.Set;

import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public procedure catalogue: what a citizen searches before submitting a dossier.
 */
@RestController
@RequestMapping("/api/public/procedures")
class ProcedureController {

	private static final Set<String> LEVELS = Set.of("tinh", "xa");

	private final Catalogue catalogue;

	private final ProcedureSearch search;

	ProcedureController(Catalogue catalogue, ProcedureSearch search) {
		this.catalogue = catalogue;
		this.search = search;
	}

	@GetMapping
	List<Procedure> search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String level) {
		if (level != null && !LEVELS.contains(level)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "procedure.invalid-level", level);
		}
		// best match first (ProcedureSearch); the catalogue's order without q
		return this.search.search(q)
			.stream()
			.filter((p) -> agency == null || agency.equals(p.agency()))
			.filter((p) -> level == null || level.equals(p.level()))
			.toList();
	}

	@GetMapping("/{code}")
	Procedure one(@PathVariable String code) {
		return this.catalogue.procedure(code)
			.orElseThrow(
					() -> new ApiException(HttpStatus.NOT_FOUND, "procedure-not-found", "procedure.not-found", code));
	}

}
