package vn.motcua.citizen;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The rate limiter's key for a client address: an IPv4 address as it is, an IPv6 address
 * by its /64 prefix (one subscriber's network: a host picks any of its 2^64 addresses at
 * will).
 */
final class ClientAddress {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private ClientAddress() {
	}

	static String key(String address) {
		String literal = (address != null) ? address.strip() : "";
		if (literal.startsWith("[") && literal.endsWith("]")) {
			literal = literal.substring(1, literal.length() - 1);
		}
		int zone = literal.indexOf('%');
		if (zone > 0) {
			literal = literal.substring(0, zone);
		}
		// Only literals reach InetAddress: a host name would be looked up in the DNS.
		if (!IPV4.matcher(literal).matches() && !(literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches())) {
			return "other:" + ((literal.length() > 64) ? literal.substring(0, 64) : literal);
		}
		try {
			InetAddress parsed = InetAddress.getByName(literal);
			if (parsed instanceof Inet6Address) {
				byte[] prefix = Arrays.copyOf(parsed.getAddress(), 16);
				Arrays.fill(prefix, 8, 16, (byte) 0);
				return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return "other:" + literal;
		}
	}

}
