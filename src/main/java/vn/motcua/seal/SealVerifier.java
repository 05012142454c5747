package vn.motcua.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import org.springframework.stereotype.Component;

/**
 * Checks the signatures of a PDF: each one's bytes unchanged since it was made, its
 * certificate issued by a trusted authority, and the last one covering the whole file
 * (nothing added after the seal).
 */
@Component
public class SealVerifier {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final SealKeys keys;

	SealVerifier(SealKeys keys) {
		this.keys = keys;
	}

	public SealReport verify(byte[] pdf) {
		List<SealReport.Signature> found = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDSignature signature : document.getSignatureDictionaries()) {
				found.add(check(signature, pdf));
			}
		}
		catch (IOException ex) {
			return SealReport.unreadable();
		}
		return SealReport.of(found);
	}

	private SealReport.Signature check(PDSignature signature, byte[] pdf) {
		int[] range = signature.getByteRange();
		boolean wholeFile = range != null && range.length == 4 && range[0] == 0 && range[2] + range[3] == pdf.length;
		if (!wellFormedContents(pdf, range)) {
			return SealReport.Signature.broken(signature.getName(), signature.getSubFilter(),
					at(signature.getSignDate()));
		}
		String subFilter = signature.getSubFilter();
		OffsetDateTime signedAt = at(signature.getSignDate());
		try {
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					signature.getContents(pdf));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return SealReport.Signature.broken(signature.getName(), subFilter, signedAt);
			}
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
			boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			List<X509Certificate> chain = new ArrayList<>();
			for (Object holder : cms.getCertificates().getMatches(null)) {
				chain.add(new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) holder));
			}
			return new SealReport.Signature(signature.getName(), certificate.getSubjectX500Principal().getName(),
					subFilter, signedAt, intact, wholeFile, trusted(certificate, chain, signature.getSignDate()));
		}
		catch (IOException | CMSException | GeneralSecurityException | OperatorCreationException
				| RuntimeException ex) {
			return SealReport.Signature.broken(signature.getName(), subFilter, signedAt);
		}
	}

	/**
	 * The one part of the file a signature cannot cover is its own value, the hex string
	 * between the two signed ranges: it must be exactly the signature, then zeros, so
	 * that no byte of the file changes unnoticed.
	 */
	private static boolean wellFormedContents(byte[] pdf, int[] range) {
		if (range == null || range.length != 4 || range[1] < 0 || range[2] > pdf.length || range[2] - range[1] < 2) {
			return false;
		}
		int from = range[1];
		int to = range[2];
		if (pdf[from] != '<' || pdf[to - 1] != '>' || (to - from - 2) % 2 != 0) {
			return false;
		}
		if (mixedCase(pdf, from + 1, to - 1)) {
			// "AB" and "ab" decode alike: a value written in both cases was changed.
			return false;
		}
		byte[] value = new byte[(to - from - 2) / 2];
		for (int i = 0; i < value.length; i++) {
			int high = Character.digit(pdf[from + 1 + 2 * i], 16);
			int low = Character.digit(pdf[from + 2 + 2 * i], 16);
			if (high < 0 || low < 0) {
				return false;
			}
			value[i] = (byte) ((high << 4) | low);
		}
		try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(value))) {
			int length = in.readObject().getEncoded(ASN1Encoding.DER).length;
			for (int i = length; i < value.length; i++) {
				if (value[i] != 0) {
					return false;
				}
			}
			return length <= value.length;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean mixedCase(byte[] pdf, int from, int to) {
		boolean upper = false;
		boolean lower = false;
		for (int i = from; i < to; i++) {
			upper |= pdf[i] >= 'A' && pdf[i] <= 'F';
			lower |= pdf[i] >= 'a' && pdf[i] <= 'f';
		}
		return upper && lower;
	}

	/**
	 * Whether {@code certificate} leads to a trusted authority, as of the signing time.
	 */
	private boolean trusted(X509Certificate certificate, List<X509Certificate> chain, Calendar signedOn) {
		if (this.keys.anchors().isEmpty()) {
			return false;
		}
		try {
			List<X509Certificate> path = new ArrayList<>();
			path.add(certificate);
			chain.stream()
				.filter((other) -> !other.equals(certificate)
						&& this.keys.anchors().stream().noneMatch((anchor) -> anchor.getTrustedCert().equals(other)))
				.forEach(path::add);
			PKIXParameters parameters = new PKIXParameters(this.keys.anchors());
			parameters.setRevocationEnabled(false);
			parameters.setDate((signedOn != null) ? signedOn.getTime() : new Date());
			CertPathValidator.getInstance("PKIX")
				.validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static OffsetDateTime at(Calendar calendar) {
		return (calendar != null) ? calendar.toInstant().atZone(VIETNAM).toOffsetDateTime() : null;
	}

}
