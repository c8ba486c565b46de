package fr.mutualis.portal.reuse;

/** What the api's reuse endpoints answer, for the tests' FakeApi. */
final class ReuseJson {

	static final String PARTNER = """
			{"id": "0190c3a2-cccc-7000-8000-000000000001", "name": "Ordi Solidaire Finistère", "siret": "73282932000074",
			 "kind": "ASSOCIATION", "services": ["COLLECTION", "REFURBISHMENT"], "categories": ["LAPTOP"],
			 "departments": ["29"], "labels": ["ESS"], "website": null, "webhookUrl": null, "clientId": "partner-demo",
			 "averageRating": 4.5, "reviewCount": 2, "version": 0}
			""";

	static final String PROFILE = """
			{"partner": %s, "reviews": [{"id": "r1", "partnerId": "p", "authority": "ville-de-quimper",
			 "authorityName": "Ville de Quimper", "rating": 4, "comment": "Collecte rapide", "author": "Y. Morvan",
			 "updatedAt": "2026-11-20T10:00:00Z", "version": 0}]}
			""".formatted(PARTNER);

	static final String LOT = """
			{"id": "0190c3a2-dddd-7000-8000-000000000001", "authority": "region-bretagne", "authorityName": "Région Bretagne",
			 "category": "LAPTOP", "quantity": 120, "averageAgeYears": 5.5, "condition": "WORKING",
			 "dataErasureRequired": true, "classifiedData": false, "departmentCode": "29", "destination": "EXTERNAL_REUSE",
			 "description": "", "retiredOn": "2025-11-15", "status": "%s", "partnerId": "0190c3a2-cccc-7000-8000-000000000001",
			 "partnerName": "Ordi Solidaire Finistère", "serviceId": null, "claimedAt": "2026-01-10T10:00:00Z",
			 "collectedAt": null, "outcome": null, "createdAt": "2025-11-15T10:00:00Z", "version": 2}
			""";

	static final String COMPLIANCE = """
			{"authority": "region-bretagne", "year": 2026,
			 "reen": {"retiredInStock": 160, "sentToReuse": 95, "rate": 59.4, "target": 50.0, "met": true, "excluded": 18,
			          "pendingOutcome": 0, "source": "Décret n° 2023-266 du 12 avril 2023, art. 1 (loi REEN art. 16)"},
			 "agec": [{"category": "LAPTOP", "amount": 10000.00, "amountFromReuse": 3000.00,
			           "amountWithRecycledContent": 0, "share": 30.0, "target": null, "met": null, "source": null,
			           "note": null}]}
			""";

	private ReuseJson() {
	}

	static String lot(String status) {
		return LOT.formatted(status);
	}

}
