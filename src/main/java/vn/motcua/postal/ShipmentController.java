package vn.motcua.postal;

import java.time.OffsetDateTime;

import vn.motcua.citizen.PublicDossiers;
import vn.motcua.dossier.Dossier;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The citizen follows the parcel that carries their result. */
@RestController
class ShipmentController {

	private final PublicDossiers dossiers;

	private final PostalDispatch dispatch;

	ShipmentController(PublicDossiers dossiers, PostalDispatch dispatch) {
		this.dossiers = dossiers;
		this.dispatch = dispatch;
	}

	@GetMapping("/api/public/dossiers/{code}/shipment")
	ShipmentView shipment(@PathVariable String code,
			@RequestHeader(name = PublicDossiers.ID_HEADER, required = false) String idNumber) {
		Dossier dossier = this.dossiers.find(code, PublicDossiers.idNumber(idNumber, null));
		PostalDispatch.Shipment sent = this.dispatch.shipment(dossier.code())
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not-sent-by-post", "postal.not-sent",
					dossier.code()));
		PostalService.Tracking tracking = this.dispatch.track(dossier.code()).orElse(null);
		return new ShipmentView(sent.carrier(), sent.trackingNumber(), sent.sentAt(),
				(tracking != null) ? tracking.status() : null, (tracking != null) ? tracking.label() : null,
				(tracking != null) ? tracking.at() : null);
	}

	record ShipmentView(String carrier, String trackingNumber, OffsetDateTime sentAt, String status, String statusLabel,
			OffsetDateTime statusAt) {

	}

}
