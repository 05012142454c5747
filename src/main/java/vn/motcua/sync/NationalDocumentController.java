package vn.motcua.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.web.ApiException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the national portal fetches the receipts and results the changes announce
 * ({@link SyncDocuments}), with the bearer token the province gave it
 * ({@code motcua.national-sync.documents.token}); without a token configured nothing is
 * served. Outside {@code /api/**}: the portal is no officer, and its fetches must not
 * count against the citizens' rate limit.
 */
@RestController
class NationalDocumentController {

	private final SyncDocuments documents;

	private final byte[] expected;

	NationalDocumentController(SyncDocuments documents, NationalSyncProperties properties) {
		this.documents = documents;
		String token = properties.documents().token();
		this.expected = (token == null || token.isBlank()) ? null
				: ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
	}

	@GetMapping(SyncDocuments.PATH + "{id}")
	ResponseEntity<byte[]> document(@RequestHeader(name = "Authorization", required = false) String authorization,
			@PathVariable long id, HttpServletResponse response) {
		// The pages' UTF-8 (PageCharsetFilter) is no property of a PDF or an image.
		response.setCharacterEncoding((String) null);
		if (this.expected == null) {
			throw new ApiException(HttpStatus.NOT_FOUND, "not-found", "sync.document.not-found", id);
		}
		if (authorization == null
				|| !MessageDigest.isEqual(this.expected, authorization.getBytes(StandardCharsets.UTF_8))) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, "dvcqg-document-unauthorized",
					"sync.document.unauthorized");
		}
		SyncDocuments.Served document = this.documents.served(id)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not-found", "sync.document.not-found", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}

}
