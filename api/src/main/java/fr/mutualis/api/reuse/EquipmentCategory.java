package fr.mutualis.api.reuse;

/** An equipment category (reference data in table equipment_category says which count for décret 2023-266). */
public enum EquipmentCategory {
    LAPTOP, DESKTOP, MONITOR, SMARTPHONE, TABLET, PRINTER, SERVER, NETWORK, OTHER
}
