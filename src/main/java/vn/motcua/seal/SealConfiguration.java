package vn.motcua.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the center's seal: the keystore a certification authority issued, or, in the demo
 * profile, a seal issued by an authority of its own, kept on disk so that it survives
 * restarts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SealProperties.class)
class SealConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SealConfiguration.class);

	static final String DEMO_AUTHORITY = "Tổ chức chứng thực thử nghiệm motcua";

	@Bean
	SealKeys sealKeys(SealProperties properties) {
		if (properties.keystore() != null) {
			return withTrust(load(properties.keystore(), properties.password(), properties.alias()), properties);
		}
		if (properties.demoKeystore() != null) {
			if (!Files.exists(properties.demoKeystore())) {
				SealKeys issued = CertificateAuthority.create(DEMO_AUTHORITY).issueSeal(properties.name());
				save(issued, properties.demoKeystore(), properties.password());
				log.info("Demo seal issued by its own authority, kept in {}", properties.demoKeystore());
			}
			return withTrust(load(properties.demoKeystore(), properties.password(), null), properties);
		}
		log.warn("No seal configured (motcua.seal.keystore): electronic results are kept unsealed");
		return new SealKeys(null, List.of(), anchors(properties.trustAnchors()));
	}

	private static SealKeys withTrust(SealKeys keys, SealProperties properties) {
		Set<TrustAnchor> anchors = (properties.trustAnchors() != null) ? anchors(properties.trustAnchors())
				: Set.of(new TrustAnchor(keys.chain().get(keys.chain().size() - 1), null));
		return new SealKeys(keys.key(), keys.chain(), anchors);
	}

	static SealKeys load(Path file, String password, String alias) {
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password.toCharArray());
			String name = (alias != null && !alias.isBlank()) ? alias
					: Collections.list(store.aliases())
						.stream()
						.filter((entry) -> isKey(store, entry))
						.findFirst()
						.orElseThrow(() -> new IllegalStateException(
								"Tệp chứng thư số của con dấu " + file + " không có khóa bí mật nào"));
			PrivateKey key = (PrivateKey) store.getKey(name, password.toCharArray());
			Certificate[] chain = store.getCertificateChain(name);
			if (key == null || chain == null) {
				throw new IllegalStateException(
						"Tệp chứng thư số của con dấu " + file + " không có khóa '" + name + "' kèm chuỗi chứng thư");
			}
			return new SealKeys(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList(), Set.of());
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Không đọc được tệp chứng thư số của con dấu " + file
							+ " (đường dẫn motcua.seal.keystore, mật khẩu motcua.seal.password): " + ex.getMessage(),
					ex);
		}
	}

	private static boolean isKey(KeyStore store, String alias) {
		try {
			return store.isKeyEntry(alias);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	static void save(SealKeys keys, Path file, String password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("seal", keys.key(), password.toCharArray(), keys.chain().toArray(new Certificate[0]));
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				store.store(out, password.toCharArray());
			}
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Không ghi được tệp chứng thư số thử nghiệm " + file, ex);
		}
	}

	private static Set<TrustAnchor> anchors(Path pem) {
		if (pem == null) {
			return Set.of();
		}
		try (InputStream in = Files.newInputStream(pem)) {
			return CertificateFactory.getInstance("X.509")
				.generateCertificates(in)
				.stream()
				.map((certificate) -> new TrustAnchor((X509Certificate) certificate, null))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Không đọc được tệp tổ chức chứng thực tin cậy " + pem
					+ " (motcua.seal.trust-anchors): " + ex.getMessage(), ex);
		}
	}

}
