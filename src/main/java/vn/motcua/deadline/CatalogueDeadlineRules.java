package vn.motcua.deadline;

import java.util.Optional;

import vn.motcua.calendar.DeadlineSpec;
import vn.motcua.calendar.ProcedureDeadlineRules;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.ProcedureRule;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A procedure's deadline rule for the public due-date calculator, read from the
 * catalogue's current entry (the calculator previews a new dossier; a received one counts
 * from the rule it was received under, {@code DossierRules}).
 */
@Component
class CatalogueDeadlineRules implements ProcedureDeadlineRules {

	private final Catalogue catalogue;

	CatalogueDeadlineRules(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Optional<DeadlineSpec> deadlineOf(String procedureCode) {
		return Optional.of(this.catalogue.procedure(procedureCode)
			.map((procedure) -> RuleDeadlines.committed(ProcedureRule.of(procedure)))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "procedure-not-found", "procedure.not-found",
					procedureCode)));
	}

}
