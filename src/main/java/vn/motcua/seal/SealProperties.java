package vn.motcua.seal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The center's seal on electronic results.
 *
 * @param keystore PKCS#12 file holding the seal's private key and certificate chain, as
 * issued to the center by a certification authority; none: results are kept unsealed (and
 * a warning is logged) unless {@code demoKeystore} is set
 * @param password the keystore's password
 * @param alias the key's alias; the first key entry when blank
 * @param trustAnchors PEM file of the certification authorities whose seals the
 * verification trusts; the root of the seal's own chain when none
 * @param demoKeystore where the demo profile keeps a seal it issued itself (created on
 * first start), so that results sealed before a restart still verify
 * @param name the seal's name written in each signature ("Trung tâm Phục vụ hành chính
 * công tỉnh …")
 */
@ConfigurationProperties("motcua.seal")
record SealProperties(Path keystore, String password, String alias, Path trustAnchors, Path demoKeystore, String name) {

	SealProperties {
		password = (password == null) ? "" : password;
		name = (name == null || name.isBlank()) ? "Trung tâm Phục vụ hành chính công" : name;
	}

}
