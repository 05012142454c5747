package vn.motcua.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The commune an address names, as the portal picks it from what the citizen typed: the
 * place's name ("Yên Phong" of "Ủy ban nhân dân xã Yên Phong") in the address, with or
 * without diacritics. Only an address that names exactly one commune of the catalogue
 * gives one.
 */
public final class CommuneNames {

	private CommuneNames() {
	}

	public static Optional<String> inAddress(Collection<Agency> agencies, String address) {
		if (address == null || address.isBlank()) {
			return Optional.empty();
		}
		String folded = " " + fold(address) + " ";
		List<String> named = agencies.stream()
			.filter((agency) -> "xa".equals(agency.kind()))
			.filter((agency) -> folded.contains(" " + place(agency.name()) + " "))
			.map(Agency::code)
			.toList();
		return (named.size() == 1) ? Optional.of(named.get(0)) : Optional.empty();
	}

	/** "Ủy ban nhân dân xã Yên Phong" → "yen phong". */
	private static String place(String agencyName) {
		return fold(CommuneController.shortName(agencyName)).replaceFirst("^(xa|phuong|dac khu) ", "");
	}

	private static String fold(String text) {
		return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
	}

}
