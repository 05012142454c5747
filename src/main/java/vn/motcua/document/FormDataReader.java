package vn.motcua.document;

import java.time.OffsetDateTime;
import java.util.Optional;

import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the forms of a dossier need from the register and the catalogue. */
@Component
class FormDataReader {

	private final DossierRegister register;

	private final Catalogue catalogue;

	private final NamedParameterJdbcTemplate jdbc;

	FormDataReader(DossierRegister register, Catalogue catalogue, NamedParameterJdbcTemplate jdbc) {
		this.register = register;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
	}

	Optional<Dossier> dossier(String code) {
		return this.register.find(code);
	}

	/** One consistent reading of the dossier's tables. */
	@Transactional(readOnly = true)
	FormData read(Dossier dossier) {
		MapSqlParameterSource code = new MapSqlParameterSource("code", dossier.code());
		var papers = this.jdbc.query(
				"select kind, name, form, copies from dossier_file where dossier_code = :code order by id", code,
				(rs, row) -> new FormData.Paper(rs.getString("kind"), rs.getString("name"), rs.getString("form"),
						rs.getInt("copies")));
		var payments = this.jdbc.query(
				"select amount, status, paid_at from payment where dossier_code = :code order by id", code,
				(rs, row) -> new FormData.Payment(rs.getLong("amount"), rs.getString("status"),
						rs.getObject("paid_at", OffsetDateTime.class)));
		return new FormData(dossier, this.catalogue.procedure(dossier.procedureCode()), name(dossier.receivingUnit()),
				name(dossier.agency()), this.register.events(dossier.code()), papers, payments);
	}

	/** An agency's name from the catalogue, or its code if it has left it. */
	String name(String agencyCode) {
		if (agencyCode == null) {
			return "";
		}
		return this.catalogue.agency(agencyCode).map(Agency::name).orElse(agencyCode);
	}

}
