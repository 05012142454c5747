package vn.motcua.seal;

import java.io.IOException;

import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Anyone holding an electronic result (the citizen, a bank, another agency) can check
 * that it is the file the center sealed, unchanged.
 */
@RestController
class SealController {

	private final SealVerifier verifier;

	SealController(SealVerifier verifier) {
		this.verifier = verifier;
	}

	@PostMapping(path = "/api/public/results/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	SealReport verify(@RequestParam(required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "result-file-required", "seal.verify.file-required");
		}
		try {
			return this.verifier.verify(file.getBytes());
		}
		catch (IOException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "result-file-required", "seal.verify.file-required");
		}
	}

}
