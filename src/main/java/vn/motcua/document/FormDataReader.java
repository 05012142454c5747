package vn.motcua.document;

import java.time.OffsetDateTime;
import java.util.Optional;

import vn.motcua.catalog.Catalogue;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierRules;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the forms of a dossier need from the register and the catalogue. */
@Component
class FormDataReader {

	private final DossierRegister register;

	private final DossierRules rules;

	private final Catalogue catalogue;

	private final NamedParameterJdbcTemplate jdbc;

	private final FormNumbers numbers;

	FormDataReader(DossierRegister register, DossierRules rules, Catalogue catalogue, NamedParameterJdbcTemplate jdbc,
			FormNumbers numbers) {
		this.register = register;
		this.rules = rules;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.numbers = numbers;
	}

	Optional<Dossier> dossier(String code) {
		return this.register.find(code);
	}

	/** One consistent reading of the dossier's tables. */
	@Transactional(readOnly = true)
	FormData read(Dossier dossier) {
		MapSqlParameterSource code = new MapSqlParameterSource("code", dossier.code());
		var papers = this.jdbc.query(
				"select kind, name, form, copies, file_name from dossier_file where dossier_code = :code order by id",
				code, (rs, row) -> new FormData.Paper(rs.getString("kind"), rs.getString("name"), rs.getString("form"),
						rs.getInt("copies"), rs.getString("file_name")));
		var payments = this.jdbc.query(
				"select amount, status, paid_at from payment where dossier_code = :code order by id", code,
				(rs, row) -> new FormData.Payment(rs.getLong("amount"), rs.getString("status"),
						rs.getObject("paid_at", OffsetDateTime.class)));
		return new FormData(dossier, this.catalogue.procedure(dossier.procedureCode()), this.rules.find(dossier.code()),
				unit(dossier.receivingUnit()), unit(dossier.agency()), this.register.events(dossier.code()), papers,
				payments, this.numbers.entry(dossier.code()), this.numbers.letters(dossier.code()));
	}

	/** An agency's name and place from the catalogue, or its code if it has left it. */
	FormData.Unit unit(String agencyCode) {
		if (agencyCode == null) {
			return new FormData.Unit("", "", "");
		}
		return known(agencyCode).orElse(new FormData.Unit(agencyCode, agencyCode, ""));
	}

	/** A unit of the catalogue. */
	Optional<FormData.Unit> known(String agencyCode) {
		return this.catalogue.agency(agencyCode)
			.map((agency) -> new FormData.Unit(agency.code(), agency.name(), PlaceNames.of(agency)));
	}

	String name(String agencyCode) {
		return unit(agencyCode).name();
	}

}
