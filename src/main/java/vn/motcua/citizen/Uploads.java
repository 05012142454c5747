package vn.motcua.citizen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.dossier.PaperFile;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks the files of a submission: PDF, JPEG or PNG only, recognised by their first
 * bytes (the client's content type is not trusted), within the size limits.
 */
@Component
class Uploads {

	private final CitizenProperties properties;

	Uploads(CitizenProperties properties) {
		this.properties = properties;
	}

	List<Upload> check(List<MultipartFile> files) {
		List<MultipartFile> present = (files == null) ? List.of()
				: files.stream().filter((file) -> file != null && !file.isEmpty()).toList();
		if (present.size() > this.properties.maxFiles()) {
			throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-files", "citizen.files.too-many",
					this.properties.maxFiles());
		}
		long total = 0;
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : present) {
			String name = fileName(file);
			if (file.getSize() > this.properties.maxFileSize().toBytes()) {
				throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", "citizen.file.too-large", name,
						this.properties.maxFileSize().toMegabytes());
			}
			total += file.getSize();
			if (total > this.properties.maxTotalSize().toBytes()) {
				throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "files-too-large", "citizen.files.too-large",
						this.properties.maxTotalSize().toMegabytes());
			}
			byte[] content = bytes(file);
			String type = type(content);
			if (type == null) {
				throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-not-allowed",
						"citizen.file.type-not-allowed", name);
			}
			uploads.add(new Upload(name, type, content, sha256(content)));
		}
		return uploads;
	}

	static String type(byte[] content) {
		return PaperFile.typeOf(content);
	}

	static String sha256(byte[] content) {
		return PaperFile.sha256(content);
	}

	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			name = file.getName();
		}
		return PaperFile.safeName(name);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
