package vn.motcua.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.util.Calendar;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import org.springframework.stereotype.Component;

/**
 * Seals a result PDF with the center's key: a PAdES baseline signature (sub-filter
 * {@code ETSI.CAdES.detached}, the signer's certificate bound by
 * {@code signing-certificate-v2}, the time in the signature dictionary), added as an
 * incremental update so that signatures already in the file stay valid.
 */
@Component
public class ResultSeal {

	static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

	private static final TimeZone VIETNAM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

	private final SealKeys keys;

	private final SealProperties properties;

	ResultSeal(SealKeys keys, SealProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	/**
	 * {@code pdf} sealed, with {@code reason} in the signature (e.g. the document's
	 * number); empty when the center has no seal configured.
	 * @throws IllegalArgumentException when {@code pdf} is not a readable PDF
	 */
	public Optional<byte[]> seal(byte[] pdf, String reason) {
		if (!this.keys.canSeal()) {
			return Optional.empty();
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(CADES_DETACHED);
			signature.setName(this.properties.name());
			signature.setReason(reason);
			signature.setLocation("Việt Nam");
			signature.setSignDate(Calendar.getInstance(VIETNAM));
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
				document.addSignature(signature, this::cms, options);
				ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_768);
				document.saveIncremental(out);
				return Optional.of(out.toByteArray());
			}
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Not a PDF that can be sealed: " + ex.getMessage(), ex);
		}
	}

	/** The detached CMS signature of the bytes the signature dictionary covers. */
	private byte[] cms(InputStream content) throws IOException {
		try {
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			JcaSignerInfoGeneratorBuilder signer = new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().build());
			AttributeTable certificate = new AttributeTable(signingCertificate());
			// PAdES: the time is the dictionary's M entry, not a signing-time attribute.
			DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(certificate);
			signer.setSignedAttributeGenerator(
					(parameters) -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime));
			generator.addSignerInfoGenerator(signer
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(this.keys.key()), this.keys.certificate()));
			generator.addCertificates(new JcaCertStore(this.keys.chain()));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("Seal not computed: " + ex.getMessage(), ex);
		}
	}

	private ASN1EncodableVector signingCertificate() throws GeneralSecurityException {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(this.keys.certificate().getEncoded());
			ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
			return attributes;
		}
		catch (CertificateEncodingException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

}
