package vn.motcua.workspace;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.catalog.Catalogue;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.web.VietnameseTime;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dossier as officers read it, one HTML page: applicant, procedure, appointment, the
 * papers with their files, the result and every step so far (the data of the Phiếu kiểm
 * soát quá trình). Task forms link to it; it opens in the officer's Tasklist session.
 * Read-only, like everything a form links to.
 */
@RestController
class DossierPageController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final OfficerDossiers dossiers;

	private final DossierRegister register;

	private final Papers papers;

	private final ResultDocuments results;

	private final Catalogue catalogue;

	private final ITemplateEngine templates;

	DossierPageController(OfficerDossiers dossiers, DossierRegister register, Papers papers, ResultDocuments results,
			Catalogue catalogue, ITemplateEngine templates) {
		this.dossiers = dossiers;
		this.register = register;
		this.papers = papers;
		this.results = results;
		this.catalogue = catalogue;
		this.templates = templates;
	}

	@GetMapping("/api/dossiers/{code}/page")
	ResponseEntity<String> page(@PathVariable String code) {
		Dossier dossier = this.dossiers.visible(code);
		List<DossierEvent> history = this.register.events(dossier.code());
		Context context = new Context(Locale.forLanguageTag("vi-VN"));
		context.setVariables(Map.of("dossier", dossier, "papers", this.papers.of(dossier.code()), "history", history,
				"text", new PageText(), "fee", DossierFormValues.amount(dossier.feeAmount()), "receivingUnit",
				agencyName(dossier.receivingUnit()), "agency", agencyName(dossier.agency()), "accepted",
				dossier.acceptedAt() != null, "sets", String.format("%02d", this.register.sets(dossier.code()))));
		this.results.find(dossier.code()).ifPresent((result) -> context.setVariable("result", result));
		return ResponseEntity.ok().contentType(HTML).body(this.templates.process("workspace/dossier", context));
	}

	/** Times and days as Vietnamese pages write them. */
	static final class PageText {

		public String time(OffsetDateTime instant) {
			return (instant != null)
					? VietnameseTime.HOUR_AND_DAY.format(instant.atZoneSameInstant(WorkingDayCalendar.VIETNAM)) : "";
		}

		public String day(LocalDate day) {
			return day.format(ResultDocuments.DAY);
		}

	}

	private String agencyName(String code) {
		return this.catalogue.agency(code).map((agency) -> agency.name()).orElse(code);
	}

}
