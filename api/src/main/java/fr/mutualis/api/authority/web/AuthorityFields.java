package fr.mutualis.api.authority.web;

/** The input rules shared by creation and update of an authority. */
final class AuthorityFields {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String INSEE = "^[0-9][0-9AB][0-9]{3}$";
    static final String REGION = "^[0-9]{2}$";
    static final String DEPARTMENT = "^([0-9]{2}|2A|2B|97[1-6])$";
    static final String DOMAIN = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$";

    private AuthorityFields() {
    }
}
