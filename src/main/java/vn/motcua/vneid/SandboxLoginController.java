package vn.motcua.vneid;

import java.util.List;

import vn.motcua.demo.DemoCitizens;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sandbox VNeID's login page: the demo citizens, each a click away, and the usual
 * form (ID number and password). The form posts to the same address, where the sandbox's
 * own filter chain checks it.
 */
@Controller
@ConditionalOnProperty("motcua.vneid-sandbox.enabled")
class SandboxLoginController {

	private final SandboxVneidProperties properties;

	SandboxLoginController(SandboxVneidProperties properties) {
		this.properties = properties;
	}

	@GetMapping(SandboxVneidConfiguration.LOGIN)
	String login(@RequestParam(name = "loi", required = false) String error, Model model) {
		List<DemoCitizen> citizens = DemoCitizens.ALL.stream()
			.map((c) -> new DemoCitizen(c.name(), c.idNumber(), DemoCitizens.WITH_DOSSIERS.contains(c)))
			.toList();
		model.addAttribute("citizens", citizens);
		model.addAttribute("password", this.properties.password());
		model.addAttribute("failed", error != null);
		return "vneid/dang-nhap";
	}

	/**
	 * @param name full name
	 * @param idNumber ID number, the login name
	 * @param hasDossiers whether the demo gave them sample dossiers
	 */
	record DemoCitizen(String name, String idNumber, boolean hasDossiers) {

	}

}
