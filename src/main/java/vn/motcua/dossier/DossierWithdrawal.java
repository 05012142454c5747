package vn.motcua.dossier;

import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import vn.motcua.security.EngineActions;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's request to stop handling their dossier (rút hồ sơ, Nghị định
 * 118/2025/NĐ-CP, Điều 21), accepted until the result exists. The flow records it and
 * issues the stop notice (Mẫu 05).
 */
@Service
public class DossierWithdrawal {

	private static final Set<DossierStatus> TOO_LATE = Set.of(DossierStatus.CHO_TRA_KET_QUA);

	private final DossierRegister register;

	private final RuntimeService runtime;

	private final EngineActions engine;

	DossierWithdrawal(DossierRegister register, RuntimeService runtime, EngineActions engine) {
		this.register = register;
		this.runtime = runtime;
		this.engine = engine;
	}

	@Transactional
	public void withdraw(Dossier dossier, String reason) {
		Dossier current = this.register.get(dossier.code());
		if (current.status().closed() || TOO_LATE.contains(current.status())) {
			throw new ApiException(HttpStatus.CONFLICT, "dossier-closed", "dossier.closed", current.code(),
					current.status().label());
		}
		String note = (reason == null || reason.isBlank()) ? "Theo yêu cầu của người nộp" : reason;
		this.engine.asSystem(() -> this.runtime.createMessageCorrelation("dossier-withdrawn")
			// The register's own instance: never another flow that shares the code.
			.processInstanceId(current.processInstanceId())
			.setVariable("withdrawalNote", note)
			.correlateWithResult());
	}

}
