package vn.motcua.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The communes and wards of {@code agencies.yaml}, for the portal's "xã, phường nơi cư
 * trú": a commune-level dossier goes to the applicant's commune (phan-cong.dmn).
 */
@RestController
class CommuneController {

	private static final String PREFIX = "Ủy ban nhân dân ";

	private final Catalogue catalogue;

	CommuneController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * A commune as the citizen knows it.
	 *
	 * @param code agency code, what {@code applicant.commune} takes
	 * @param name "Xã Yên Phong", "Phường Kinh Bắc"
	 */
	record Commune(String code, String name) {

	}

	@GetMapping("/api/public/communes")
	List<Commune> communes() {
		return this.catalogue.agencies()
			.stream()
			.filter((agency) -> "xa".equals(agency.kind()))
			.map((agency) -> new Commune(agency.code(), shortName(agency.name())))
			.toList();
	}

	/** "Ủy ban nhân dân xã Yên Phong" → "Xã Yên Phong". */
	static String shortName(String name) {
		String place = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
		return place.isEmpty() ? place : Character.toUpperCase(place.charAt(0)) + place.substring(1);
	}

}
