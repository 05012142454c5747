package vn.motcua.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
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

	ProcedureController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	List<Procedure> search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String level) {
		if (level != null && !LEVELS.contains(level)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "procedure.invalid-level", level);
		}
		String words = (q == null) ? "" : fold(q);
		return this.catalogue.procedures()
			.stream()
			.filter((p) -> agency == null || agency.equals(p.agency()))
			.filter((p) -> level == null || level.equals(p.level()))
			.filter((p) -> words.isBlank() || fold(p.code() + " " + p.name() + " " + p.field()).contains(words))
			.toList();
	}

	@GetMapping("/{code}")
	Procedure one(@PathVariable String code) {
		return this.catalogue.procedure(code)
			.orElseThrow(
					() -> new ApiException(HttpStatus.NOT_FOUND, "procedure-not-found", "procedure.not-found", code));
	}

	/** "Khai sinh" matches "khai sinh" and "khai sinh" typed without diacritics. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replaceAll("\\s+", " ").trim();
	}

}
