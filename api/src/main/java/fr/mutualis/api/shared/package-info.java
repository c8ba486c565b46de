/**
 * The shared kernel: security, tenancy and error handling that every feature module uses. Open on purpose: its
 * sub-packages are used directly by the feature modules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel")
package fr.mutualis.api.shared;

import org.springframework.modulith.ApplicationModule;
