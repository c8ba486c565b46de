package fr.mutualis.api.indicator;

/** Equipment categories of the device inventory (those of the reuse lots, plus video projectors). */
public enum DeviceCategory {
    LAPTOP, DESKTOP, MONITOR, SMARTPHONE, TABLET, PRINTER, SERVER, VIDEO_PROJECTOR, NETWORK, OTHER
}
