package vn.motcua.dossier;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.CatalogueException;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a procedure left the catalogue while dossiers of it are still in
 * flight: their flow reads the procedure's agency, groups and papers at every step, so
 * the next officer's click would fail. The message names each procedure code and how many
 * dossiers it still has; start-up stops before any timer fires.
 * <p>
 * In flight: a dossier with a flow ({@code process_instance_id}) whose status is not
 * closed ({@link DossierStatus#closed()}: refused, returned, stopped or withdrawn).
 */
@Component
class OpenDossierProcedures implements SmartInitializingSingleton {

	private final NamedParameterJdbcTemplate jdbc;

	private final Catalogue catalogue;

	OpenDossierProcedures(NamedParameterJdbcTemplate jdbc, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, Long> missing = new LinkedHashMap<>();
		this.jdbc.query(
				"select procedure_code, count(*) as n from dossier where status not in (:closed) "
						+ "and process_instance_id is not null group by procedure_code order by procedure_code",
				new MapSqlParameterSource("closed", closedStatuses()), (rs) -> {
					String code = rs.getString("procedure_code");
					if (this.catalogue.procedure(code).isEmpty()) {
						missing.put(code, rs.getLong("n"));
					}
				});
		if (!missing.isEmpty()) {
			throw new CatalogueException("Danh mục thủ tục thiếu thủ tục còn hồ sơ đang giải quyết: "
					+ missing.entrySet()
						.stream()
						.map((e) -> e.getKey() + " (" + e.getValue() + " hồ sơ)")
						.collect(Collectors.joining(", "))
					+ ". Giữ thủ tục trong processes/catalogue/procedures.yaml cho đến khi mọi hồ sơ của nó "
					+ "kết thúc (trả kết quả, từ chối, dừng xử lý hoặc rút hồ sơ), rồi mới xóa.");
		}
	}

	private static List<String> closedStatuses() {
		return Arrays.stream(DossierStatus.values()).filter(DossierStatus::closed).map(Enum::name).toList();
	}

}
