package vn.motcua.citizen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.Procedure.RequiredDocument;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * Ties the files of an online submission to the procedure's papers (thành phần hồ sơ) and
 * refuses a dossier that lacks a required one.
 * <p>
 * A file part {@code paper-<n>} belongs to the procedure's paper number {@code n}
 * (counted from 0, in the catalogue's order, as {@code GET /api/public/procedures/{code}}
 * lists them). Files of the older part name {@code files} fill the papers still without a
 * file, in that order; any left over are kept as further files under their own name.
 */
final class SubmittedPapers {

	private SubmittedPapers() {
	}

	/**
	 * A file the citizen sent, with the paper it was sent for.
	 *
	 * @param paper index of the paper among the procedure's documents; null for a part
	 * {@code files}
	 * @param upload the checked file
	 */
	record SubmittedFile(Integer paper, Upload upload) {

	}

	/**
	 * A file to keep with the dossier.
	 *
	 * @param paper the paper it stands for; null for a further file
	 * @param upload the file
	 */
	record PaperUpload(RequiredDocument paper, Upload upload) {

	}

	static List<PaperUpload> assign(Procedure procedure, List<SubmittedFile> files) {
		List<RequiredDocument> papers = procedure.documents();
		Set<Integer> filled = new TreeSet<>();
		List<PaperUpload> kept = new ArrayList<>();
		for (SubmittedFile file : files) {
			if (file.paper() == null) {
				continue;
			}
			if (file.paper() >= papers.size()) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-paper", "citizen.paper.unknown",
						procedure.code(), file.paper(), papers.size() - 1);
			}
			filled.add(file.paper());
			kept.add(new PaperUpload(papers.get(file.paper()), file.upload()));
		}
		int next = 0;
		for (SubmittedFile file : files) {
			if (file.paper() != null) {
				continue;
			}
			while (next < papers.size() && filled.contains(next)) {
				next++;
			}
			if (next < papers.size()) {
				filled.add(next);
				kept.add(new PaperUpload(papers.get(next), file.upload()));
			}
			else {
				kept.add(new PaperUpload(null, file.upload()));
			}
		}
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < papers.size(); i++) {
			if (papers.get(i).required() && !filled.contains(i)) {
				missing.add(papers.get(i).name());
			}
		}
		if (!missing.isEmpty()) {
			ApiException refused = new ApiException(HttpStatus.BAD_REQUEST, "missing-papers", "citizen.papers.missing",
					String.join("; ", missing));
			refused.getBody().setProperty("missingPapers", missing);
			throw refused;
		}
		return kept;
	}

}
