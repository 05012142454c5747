package vn.motcua.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import vn.motcua.dossier.Dossier;
import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable forms of a dossier (Thông tư 03/2025/TT-VPCP, Phụ lục I) as A4 HTML pages
 * and as their PDF, for the officers who may see the dossier.
 */
@RestController
@RequestMapping("/api/dossiers/{code}/documents")
class DocumentController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final FormDataReader reader;

	private final FormRenderer renderer;

	DocumentController(FormDataReader reader, FormRenderer renderer) {
		this.reader = reader;
		this.renderer = renderer;
	}

	/** The forms the dossier has so far. */
	@GetMapping
	List<AvailableForm> available(@PathVariable String code) {
		FormData data = this.reader.read(visible(code));
		return Arrays.stream(DocumentForm.values())
			.filter((form) -> form.appliesTo(data))
			.map((form) -> new AvailableForm(form.slug(), form.title(),
					"/api/dossiers/" + code + "/documents/" + form.slug()))
			.toList();
	}

	@GetMapping("/{form}")
	ResponseEntity<String> page(@PathVariable String code, @PathVariable("form") String slug) {
		DocumentForm form = form(slug);
		return ResponseEntity.ok().contentType(HTML).body(this.renderer.render(form, applicable(form, code)));
	}

	/** The same page printed as PDF, e.g. {@code mau-01.pdf}. */
	@GetMapping("/{form}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable("form") String slug) {
		DocumentForm form = form(slug);
		byte[] pdf = this.renderer.pdf(form, applicable(form, code));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(form.slug() + "-" + code + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	private static DocumentForm form(String slug) {
		return DocumentForm.of(slug)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "document-form-not-found",
					"document.form.unknown", slug));
	}

	private FormData applicable(DocumentForm form, String code) {
		FormData data = this.reader.read(visible(code));
		if (!form.appliesTo(data)) {
			throw new ApiException(HttpStatus.CONFLICT, "document-not-applicable", form.notApplicableKey(), code,
					data.dossier().status().label());
		}
		return data;
	}

	/** The dossier, if the officer may see it; else 404, exactly as an unknown code. */
	private Dossier visible(String code) {
		Officer officer = Officer.current();
		return this.reader.dossier(code)
			.filter((dossier) -> officer.sees(dossier.receivingUnit(), dossier.agency()))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "dossier-not-found", "dossier.not-found", code));
	}

	/**
	 * A form the dossier has.
	 *
	 * @param form path segment, e.g. {@code mau-01}
	 * @param title its Vietnamese title
	 * @param url where to print it
	 */
	record AvailableForm(String form, String title, String url) {

	}

}
