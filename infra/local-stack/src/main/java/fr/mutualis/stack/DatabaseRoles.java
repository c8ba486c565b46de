package fr.mutualis.stack;

/**
 * Names and passwords of the schema owner role and of the runtime role. Passwords come from configuration
 * ({@code MUTUALIS_DB_OWNER_PASSWORD}, {@code MUTUALIS_DB_APP_PASSWORD}); the defaults serve the local stack only.
 */
public record DatabaseRoles(String ownerUser, String ownerPassword, String appUser, String appPassword) {

    public static DatabaseRoles fromSettings() {
        return new DatabaseRoles(
                Settings.get("mutualis.db.owner-user", "mutualis_owner"),
                Settings.get("mutualis.db.owner-password", "mutualis-owner-local"),
                Settings.get("mutualis.db.app-user", "mutualis_app"),
                Settings.get("mutualis.db.app-password", "mutualis-app-local"));
    }
}
