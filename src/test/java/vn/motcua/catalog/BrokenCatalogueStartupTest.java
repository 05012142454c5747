package vn.motcua.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.MotcuaApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole application refuses to start on a broken catalogue, and says where it is
 * broken.
 */
class BrokenCatalogueStartupTest {

	@TempDir
	Path dir;

	@Test
	void givenAProcedureOfAnUnknownAgency_whenTheAppStarts_thenStartUpStopsNamingFileEntryAndField()
			throws IOException {
		String shipped = new ClassPathResource("processes/catalogue/procedures.yaml")
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int second = shipped.indexOf("  - code:", shipped.indexOf("  - code:") + 1);
		String broken = shipped.substring(0, second)
				+ shipped.substring(second).replaceFirst("agency: [a-z0-9-]+", "agency: so-khong-ton-tai");
		Path file = Files.writeString(this.dir.resolve("procedures.yaml"), broken);

		assertThatThrownBy(() -> new SpringApplicationBuilder(MotcuaApplication.class)
			.run("--server.port=0", "--motcua.catalogue.procedures=file:" + file)
			.close()).hasRootCauseInstanceOf(CatalogueException.class)
			.rootCause()
			.hasMessageContaining(file.toString())
			.hasMessageContaining("mục #2")
			.hasMessageContaining("trường 'agency': cơ quan 'so-khong-ton-tai' không có trong");
	}

}
