package vn.motcua.seal;

import java.security.PrivateKey;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

/**
 * What sealing and verifying need: the seal's key and chain (absent when the center has
 * none configured) and the authorities trusted.
 *
 * @param key the seal's private key, or null
 * @param chain the seal's certificate first, then its issuers
 * @param anchors the certification authorities a verified seal must lead to
 */
record SealKeys(PrivateKey key, List<X509Certificate> chain, Set<TrustAnchor> anchors) {

	boolean canSeal() {
		return this.key != null && !this.chain.isEmpty();
	}

	X509Certificate certificate() {
		return this.chain.get(0);
	}

}
