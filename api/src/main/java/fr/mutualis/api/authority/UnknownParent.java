package fr.mutualis.api.authority;

import fr.mutualis.api.shared.web.InvalidField;

/** The parent named for an authority does not exist. */
public class UnknownParent extends InvalidField {

    public UnknownParent(String parent) {
        super("parent", "No authority has the slug " + parent + ".");
    }
}
