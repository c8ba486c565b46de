package fr.mutualis.api.shared.tenancy;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** No such authority, or (deliberately indistinguishable) a private resource of an authority the caller is not in. */
public class AuthorityNotFound extends DomainException {

    public AuthorityNotFound(String what) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No " + what + " here, or you are not a member of the authority that owns it.");
    }
}
