package fr.mutualis.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home page: what Mutualis is, and the way in.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home/index";
	}

}
