package vn.motcua.report;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns a report's query parameters into a {@link ReportFilter} the caller may run.
 * Center managers ({@code quan-ly}) and administrators report on every agency. Any other
 * officer's report is limited to the agencies and receiving units of their groups: asked
 * for another agency, or having none, they get 403.
 */
@Component
class ReportAccess {

	private final Catalogue catalogue;

	ReportAccess(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	ReportFilter filter(String agency, String level, String channel) {
		String agencyCode = blankToNull(agency);
		String levelCode = blankToNull(level);
		if (agencyCode != null && this.catalogue.agency(agencyCode).isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "report.agency.unknown", agencyCode);
		}
		if (levelCode != null && !levels().contains(levelCode)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "report.level.unknown", levelCode,
					String.join(", ", levels()));
		}
		Channel channelValue = channel(blankToNull(channel));
		Officer officer = Officer.current();
		if (officer.seesEveryAgency()) {
			return new ReportFilter(agencyCode, levelCode, channelValue, null);
		}
		Set<String> units = officer.agencies();
		if (units.isEmpty() || (agencyCode != null && !units.contains(agencyCode))) {
			throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "report.forbidden");
		}
		return new ReportFilter(agencyCode, levelCode, channelValue, units);
	}

	private Set<String> levels() {
		return Stream
			.concat(this.catalogue.agencies().stream().map(Agency::level),
					this.catalogue.procedures().stream().map(Procedure::level))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private static Channel channel(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Channel.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "report.channel.unknown", value);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
