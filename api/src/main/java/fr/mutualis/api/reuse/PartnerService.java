package fr.mutualis.api.reuse;

/** What a partner does. */
public enum PartnerService {
    COLLECTION, DATA_ERASURE, REFURBISHMENT, RESALE, DONATION, RECYCLING
}
