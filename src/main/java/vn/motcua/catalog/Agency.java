package vn.motcua.catalog;

import java.util.List;

/**
 * An agency of {@code agencies.yaml}: the center, a department (sở), a commune or a
 * central agency's local office. Its Camunda groups are {@code <code>:<role>}.
 *
 * @param code kebab-case id, e.g. {@code so-tu-phap}
 * @param name Vietnamese name
 * @param kind {@code trung-tam}, {@code so}, {@code xa} or {@code nganh-doc}
 * @param level {@code tinh}, {@code xa} or {@code trung-uong}
 * @param identifier mã định danh điện tử, the prefix of the dossier codes it issues
 * @param roles roles that have a group in this agency
 */
public record Agency(String code, String name, String kind, String level, String identifier, List<String> roles) {

	public Agency {
		roles = (roles == null) ? List.of() : List.copyOf(roles);
	}

	/** The Camunda group of a role in this agency, e.g. {@code so-tu-phap:lanh-dao}. */
	public String group(String role) {
		return this.code + ":" + role;
	}

}
