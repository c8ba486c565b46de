package fr.mutualis.api.authority;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** A change of members that would break a rule: the last administrator leaving, or inviting an existing member. */
public class MembershipConflict extends DomainException {

    private MembershipConflict(String type, String detail) {
        super(HttpStatus.CONFLICT, type, "Conflict", detail);
    }

    static MembershipConflict lastAdmin() {
        return new MembershipConflict("last-admin",
                "An authority keeps at least one administrator: name another administrator first.");
    }

    static MembershipConflict alreadyMember() {
        return new MembershipConflict("already-member", "This person is already a member of the authority.");
    }
}
