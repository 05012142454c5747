package vn.motcua.citizen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.web.ApiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

/**
 * An online submission as it arrives over HTTP, with or without a citizen's login: the
 * JSON part {@code dossier}, the file parts checked and tied to their papers, and the
 * {@code Idempotency-Key} honoured.
 */
@Component
class MultipartSubmission {

	private static final Logger log = LoggerFactory.getLogger(MultipartSubmission.class);

	private static final Pattern PAPER_PART = Pattern.compile("paper-(\\d{1,2})");

	private final OnlineSubmission submission;

	private final Uploads uploads;

	private final ObjectMapper json;

	MultipartSubmission(OnlineSubmission submission, Uploads uploads, ObjectMapper json) {
		this.submission = submission;
		this.uploads = uploads;
		this.json = json;
	}

	/**
	 * @param citizen the logged-in citizen whose request it is, or null
	 */
	SubmissionResponse submit(OnlineSubmissionRequest request, MultipartRequest multipart, String idempotencyKey,
			CitizenIdentity citizen) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
					"citizen.idempotency-key.invalid");
		}
		List<SubmittedPapers.SubmittedFile> checked = filesByPaper(multipart);
		String bodyHash = bodyHash(request, checked);
		try {
			return this.submission.submit(request, checked, citizen, idempotencyKey, bodyHash);
		}
		catch (DuplicateKeyException ex) {
			// The same key committed by a concurrent retry: answer with its dossier.
			SubmissionResponse created = (idempotencyKey != null) ? this.submission.replay(idempotencyKey, bodyHash)
					: null;
			if (created == null) {
				throw failed(request, ex);
			}
			return created;
		}
		catch (ApiException ex) {
			throw ex;
		}
		catch (CannotGetJdbcConnectionException | TransientDataAccessException ex) {
			// The database is away for a moment: nothing was stored, the citizen may
			// retry.
			// Anything else is a bug, answered 500 by the advice.
			throw failed(request, ex);
		}
	}

	private static ApiException failed(OnlineSubmissionRequest request, RuntimeException ex) {
		log.error("Online submission for procedure {} failed; nothing was stored", request.procedureCode(), ex);
		return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "submission-failed", "citizen.submission.failed");
	}

	/**
	 * The file parts of a submission, checked, each with the paper it was sent for:
	 * {@code paper-<n>} for the procedure's paper number n, {@code files} (the first
	 * contract's name) for none; any other part name is refused.
	 */
	private List<SubmittedPapers.SubmittedFile> filesByPaper(MultipartRequest multipart) {
		List<Integer> papers = new ArrayList<>();
		List<MultipartFile> files = new ArrayList<>();
		multipart.getMultiFileMap().forEach((name, parts) -> {
			if ("dossier".equals(name)) {
				return;
			}
			Integer paper = null;
			if (!"files".equals(name)) {
				Matcher numbered = PAPER_PART.matcher(name);
				if (!numbered.matches()) {
					throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-file-part", "citizen.file-part.unknown");
				}
				paper = Integer.valueOf(numbered.group(1));
			}
			for (MultipartFile part : parts) {
				if (part != null && !part.isEmpty()) {
					papers.add(paper);
					files.add(part);
				}
			}
		});
		List<Upload> checked = this.uploads.check(files);
		List<SubmittedPapers.SubmittedFile> submitted = new ArrayList<>();
		for (int i = 0; i < checked.size(); i++) {
			submitted.add(new SubmittedPapers.SubmittedFile(papers.get(i), checked.get(i)));
		}
		return submitted;
	}

	private String bodyHash(OnlineSubmissionRequest request, List<SubmittedPapers.SubmittedFile> checked) {
		try {
			StringBuilder body = new StringBuilder(this.json.writeValueAsString(request));
			checked.forEach((file) -> body.append('\n')
				.append(file.paper())
				.append(':')
				.append(file.upload().fileName())
				.append(':')
				.append(file.upload().sha256()));
			return Uploads.sha256(body.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
