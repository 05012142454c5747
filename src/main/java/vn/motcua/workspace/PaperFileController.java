package vn.motcua.workspace;

import java.util.Set;

import vn.motcua.dossier.PaperFile;
import vn.motcua.web.ApiException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The file of a paper, opened in the browser by the officers who may see the dossier (404
 * for any other, as for an unknown file). Only PDF, JPEG and PNG are served, each as what
 * its first bytes say it is, inline, never sniffed by the browser, and under a policy
 * that lets it run nothing.
 */
@RestController
class PaperFileController {

	/** A PDF or an image shown by the browser itself; no script, no form, no frame. */
	static final String FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
			+ "object-src 'self'; plugin-types application/pdf; frame-ancestors 'self'; form-action 'none'";

	private static final Set<String> SERVED = Set.of("application/pdf", "image/jpeg", "image/png");

	private final OfficerDossiers dossiers;

	private final Papers papers;

	PaperFileController(OfficerDossiers dossiers, Papers papers) {
		this.dossiers = dossiers;
		this.papers = papers;
	}

	@GetMapping("/api/dossiers/{code}/files/{id}")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long id) {
		String dossierCode = this.dossiers.visible(code).code();
		Papers.StoredFile file = this.papers.file(dossierCode, id)
			.filter((stored) -> SERVED.contains(PaperFile.typeOf(stored.content())))
			.orElseThrow(
					() -> new ApiException(HttpStatus.NOT_FOUND, "file-not-found", "workspace.file.not-found", code));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(PaperFile.typeOf(file.content())))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", FILE_POLICY)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}

}
