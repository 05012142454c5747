package vn.motcua.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.motcua.dossier.Channel;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which dossiers a report counts, besides its period: the lead agency, the level and the
 * channel, always limited to the units the caller may see.
 *
 * @param agency only dossiers of this lead (competent) agency
 * @param level only dossiers of this level ({@code tinh}, {@code xa})
 * @param channel only dossiers that came through this channel
 * @param visibleUnits agencies and receiving units whose dossiers the caller may see;
 * {@code null} for all
 */
record ReportFilter(String agency, String level, Channel channel, Set<String> visibleUnits) {

	static ReportFilter everything() {
		return new ReportFilter(null, null, null, null);
	}

	/** SQL conditions on the table aliased {@code alias}, each preceded by "and". */
	String conditions(String alias, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (this.visibleUnits != null) {
			if (this.visibleUnits.isEmpty()) {
				conditions.add("1 = 0");
			}
			else {
				conditions.add(
						"(" + alias + ".agency in (:visibleUnits) or " + alias + ".receiving_unit in (:visibleUnits))");
				parameters.addValue("visibleUnits", this.visibleUnits);
			}
		}
		if (this.agency != null) {
			conditions.add(alias + ".agency = :agency");
			parameters.addValue("agency", this.agency);
		}
		if (this.level != null) {
			conditions.add(alias + ".level = :level");
			parameters.addValue("level", this.level);
		}
		if (this.channel != null) {
			conditions.add(alias + ".channel = :channel");
			parameters.addValue("channel", this.channel.name());
		}
		return conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
	}

}
