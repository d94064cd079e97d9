package nl.cultuurschakel.binnenbuiten.home;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: a welcome for each role, pointing to what that role does here.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("role", user.getRole());
		return "home/index";
	}

}
