package fr.mutualis.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Mutualis portal: server-rendered pages for the agents of local authorities, and the
 * backend-for-frontend that calls the api with the signed-in user's token.
 */
@SpringBootApplication
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
