package vn.motcua.seal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.support.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seal and its check, with certification authorities made for the test: the center's
 * own, and a stranger's.
 */
class ResultSealTest {

	static SealKeys center;

	static SealProperties properties;

	@BeforeAll
	static void issueTheSeal() {
		center = CertificateAuthority.create("Tổ chức chứng thực kiểm thử").issueSeal("Trung tâm PVHCC tỉnh kiểm thử");
		properties = new SealProperties(null, "", null, null, null, "Trung tâm PVHCC tỉnh kiểm thử");
	}

	@Test
	void givenAResultPdf_whenSealed_thenItVerifiesAsPadesOfTheCenter() {
		byte[] sealed = new ResultSeal(center, properties).seal(TestPdfs.page("Quyet dinh 15/QD"), "Văn bản số 15/QĐ")
			.orElseThrow();

		SealReport report = new SealVerifier(center).verify(sealed);

		assertThat(report.valid()).as(report.message()).isTrue();
		assertThat(report.signatures()).singleElement().satisfies((signature) -> {
			assertThat(signature.subFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.name()).isEqualTo("Trung tâm PVHCC tỉnh kiểm thử");
			assertThat(signature.certificate()).contains("Trung tâm PVHCC tỉnh kiểm thử");
			assertThat(signature.signedAt()).isNotNull();
		});
	}

	@Test
	void givenASealedPdf_whenAnyOneByteOfItChanges_thenItNoLongerVerifies() {
		byte[] sealed = new ResultSeal(center, properties).seal(TestPdfs.page("Giay phep 7"), "7/GP").orElseThrow();
		SealVerifier verifier = new SealVerifier(center);
		// Every 97th byte, the signature's own bytes included.
		for (int at = 0; at < sealed.length; at += 97) {
			byte[] changed = sealed.clone();
			changed[at] = (byte) (changed[at] ^ 0x20);
			if (Arrays.equals(changed, sealed)) {
				continue;
			}
			assertThat(verifier.verify(changed).valid()).as("byte %d of %d changed", at, sealed.length).isFalse();
		}
	}

	@Test
	void givenASealFromAnAuthorityTheCenterDoesNotTrust_whenVerified_thenIntactButRefused() {
		SealKeys stranger = CertificateAuthority.create("Tổ chức lạ").issueSeal("Trung tâm PVHCC tỉnh kiểm thử");
		byte[] forged = new ResultSeal(stranger, properties).seal(TestPdfs.page("Quyet dinh gia"), "gia").orElseThrow();

		SealReport report = new SealVerifier(center).verify(forged);

		assertThat(report.valid()).isFalse();
		assertThat(report.signatures()).singleElement().satisfies((signature) -> {
			assertThat(signature.intact()).isTrue();
			assertThat(signature.trusted()).isFalse();
		});
		assertThat(report.message()).contains("không do tổ chức chứng thực được tin cậy cấp");
	}

	@Test
	void givenContentAppendedAfterTheSeal_whenVerified_thenRefused() {
		byte[] sealed = new ResultSeal(center, properties).seal(TestPdfs.page("Ket qua"), "1").orElseThrow();
		byte[] appended = Arrays.copyOf(sealed, sealed.length + 40);
		byte[] extra = "\n% a line added after the seal\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(extra, 0, appended, sealed.length, extra.length);

		SealReport report = new SealVerifier(center).verify(appended);

		assertThat(report.valid()).isFalse();
		assertThat(report.signatures().get(0).coversWholeFile()).isFalse();
	}

	@Test
	void givenAnUnsignedPdfOrNoPdf_whenVerified_thenSaidPlainly() {
		SealVerifier verifier = new SealVerifier(center);

		assertThat(verifier.verify(TestPdfs.page("Khong ky")).message()).isEqualTo("Tệp không có chữ ký số.");
		assertThat(verifier.verify("not a pdf".getBytes(StandardCharsets.US_ASCII)).message())
			.startsWith("Tệp không phải PDF");
	}

	@Test
	void givenNoSealConfigured_whenSealing_thenTheFileIsLeftAsItIs() {
		SealKeys none = new SealKeys(null, java.util.List.of(), Set.of());

		assertThat(new ResultSeal(none, properties).seal(TestPdfs.page("x"), "x")).isEmpty();
	}

	@Test
	void givenTheDemoKeystore_whenLoadedAgain_thenTheSameSealVerifies(@TempDir Path dir) {
		Path file = dir.resolve("seal.p12");
		SealConfiguration configuration = new SealConfiguration();
		SealProperties demo = new SealProperties(null, "demo", null, null, file, "Trung tâm thử nghiệm");
		byte[] sealed = new ResultSeal(configuration.sealKeys(demo), demo).seal(TestPdfs.page("Truoc"), "1")
			.orElseThrow();

		SealKeys afterRestart = configuration.sealKeys(demo);

		assertThat(new SealVerifier(afterRestart).verify(sealed).valid()).isTrue();
	}

}
