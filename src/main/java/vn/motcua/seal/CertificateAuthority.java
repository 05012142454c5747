package vn.motcua.seal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certification authority of its own, for the demo profile and for tests: a root that
 * issues seal certificates. A province uses the certificate its authority issued instead.
 */
final class CertificateAuthority {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final KeyPair keys;

	private final X509Certificate root;

	private CertificateAuthority(KeyPair keys, X509Certificate root) {
		this.keys = keys;
		this.root = root;
	}

	/** A new root named {@code name}, valid for ten years. */
	static CertificateAuthority create(String name) {
		KeyPair keys = rsa();
		X500Name subject = new X500Name("CN=" + name + ", C=VN");
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = builder(subject, subject, keys, Duration.ofDays(3650))
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
				.addExtension(Extension.subjectKeyIdentifier, false,
						extensions.createSubjectKeyIdentifier(keys.getPublic()));
			return new CertificateAuthority(keys, sign(builder, keys));
		}
		catch (GeneralSecurityException | java.io.IOException ex) {
			throw new IllegalStateException("Certificate authority not created", ex);
		}
	}

	/** A seal certificate for {@code name}, valid for three years, and its key. */
	SealKeys issueSeal(String name) {
		KeyPair seal = rsa();
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = builder(
					X500Name.getInstance(this.root.getSubjectX500Principal().getEncoded()),
					new X500Name("CN=" + name + ", C=VN"), seal, Duration.ofDays(1095))
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true,
						new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
				.addExtension(Extension.authorityKeyIdentifier, false,
						extensions.createAuthorityKeyIdentifier(this.root));
			X509Certificate certificate = sign(builder, this.keys);
			return new SealKeys(seal.getPrivate(), List.of(certificate, this.root),
					java.util.Set.of(new java.security.cert.TrustAnchor(this.root, null)));
		}
		catch (GeneralSecurityException | java.io.IOException ex) {
			throw new IllegalStateException("Seal certificate not issued", ex);
		}
	}

	X509Certificate root() {
		return this.root;
	}

	private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair subjectKeys,
			Duration validity) {
		Instant now = Instant.now();
		return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(validity)), subject,
				subjectKeys.getPublic());
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys)
			throws GeneralSecurityException {
		try {
			return new JcaX509CertificateConverter().getCertificate(
					builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048, RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("RSA not available", ex);
		}
	}

}
