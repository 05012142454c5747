package vn.motcua.workspace;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PaperFile;
import vn.motcua.dossier.ProcessVariables;

import org.springframework.stereotype.Service;

/**
 * The result a citizen downloads from the public look-up: only once it has been returned,
 * electronically (the method the officer confirmed on the return form, else the one
 * chosen at reception), and only the attached result document.
 */
@Service
public class ElectronicResults {

	static final String ELECTRONIC = "dien-tu";

	private final ResultDocuments results;

	private final Papers papers;

	private final DossierRegister register;

	private final HistoryService history;

	ElectronicResults(ResultDocuments results, Papers papers, DossierRegister register, HistoryService history) {
		this.results = results;
		this.papers = papers;
		this.register = register;
		this.history = history;
	}

	/** The result document, if the citizen may have it electronically. */
	public Optional<ElectronicResult> of(Dossier dossier) {
		if (!returnedElectronically(dossier)) {
			return Optional.empty();
		}
		return this.results.find(dossier.code())
			.flatMap((result) -> this.papers.file(dossier.code(), result.fileId())
				.filter((file) -> PaperFile.typeOf(file.content()) != null)
				.map((file) -> new ElectronicResult(result.number(), result.signedOn(), result.signer(),
						file.fileName(), PaperFile.typeOf(file.content()), file.content())));
	}

	/**
	 * Whether the dossier's result went back to the citizen electronically, without
	 * reading the document.
	 */
	public boolean returnedElectronically(Dossier dossier) {
		return dossier.status() == DossierStatus.DA_TRA_KET_QUA && ELECTRONIC.equals(returnMethod(dossier));
	}

	private String returnMethod(Dossier dossier) {
		if (dossier.processInstanceId() != null) {
			HistoricVariableInstance confirmed = this.history.createHistoricVariableInstanceQuery()
				.processInstanceId(dossier.processInstanceId())
				.variableName(ProcessVariables.RETURN_METHOD)
				.singleResult();
			if (confirmed != null && confirmed.getValue() instanceof String method) {
				return method;
			}
		}
		return this.register.returnMethod(dossier.code());
	}

	/**
	 * @param number document number
	 * @param signedOn date signed
	 * @param signer who signed
	 * @param fileName file name
	 * @param contentType PDF, JPEG or PNG, from its first bytes
	 * @param content bytes
	 */
	public record ElectronicResult(String number, LocalDate signedOn, String signer, String fileName,
			String contentType, byte[] content) {

		@Override
		public String toString() {
			return "ElectronicResult[" + this.contentType + ", " + this.content.length + " bytes]";
		}

	}

}
