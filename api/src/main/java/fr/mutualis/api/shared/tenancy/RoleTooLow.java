package fr.mutualis.api.shared.tenancy;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** A member of the authority whose role does not allow the action. */
public class RoleTooLow extends DomainException {

    public RoleTooLow(Role required) {
        super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This action needs the " + required
                + " role in this authority.");
    }
}
