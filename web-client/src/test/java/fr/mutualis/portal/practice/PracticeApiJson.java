package fr.mutualis.portal.practice;

/** What the api answers on its practice routes, for the tests' FakeApi. */
final class PracticeApiJson {

	static final String ID = "0193a1b2-0000-7000-8000-000000000001";

	static final String SEARCH = """
			{"items": [{"id": "0193a1b2-0000-7000-8000-000000000001",
			  "authority": {"slug": "rennes-metropole", "name": "Rennes Métropole", "kind": "EPCI", "regionCode": "35"},
			  "title": "Réduire les impressions", "summary": "Un quota par service.", "theme": "PROCUREMENT",
			  "tags": ["impression"], "effort": "LOW", "cost": "MEDIUM", "impact": "HIGH", "visibility": "NETWORK",
			  "publishedAt": "2026-11-20T09:30:00Z", "rank": 0.6,
			  "excerpt": "moins d&#39;<mark>impressions</mark> &amp; du recto verso"}],
			 "nextCursor": "MC42fDAxOTM", "total": 3,
			 "facets": {"theme": [{"value": "PROCUREMENT", "count": 2}, {"value": "USAGE", "count": 1}],
			            "authorityKind": [{"value": "EPCI", "count": 3}],
			            "region": [{"value": "53", "count": 3}]}}
			""";

	static final String PRACTICE = """
			{"id": "0193a1b2-0000-7000-8000-000000000001",
			 "authority": {"slug": "rennes-metropole", "name": "Rennes Métropole", "kind": "EPCI", "regionCode": "53"},
			 "title": "Réduire les impressions", "summary": "Un quota par service.", "body": "**recto verso**",
			 "bodyHtml": "<p><strong>recto verso</strong></p>", "theme": "PROCUREMENT", "tags": ["impression"],
			 "effort": "LOW", "cost": "MEDIUM", "impact": "HIGH", "indicators": ["PAGES_PER_AGENT"],
			 "visibility": "NETWORK", "status": "PUBLISHED", "authorName": "Alex Le Gall",
			 "publishedAt": "2026-11-20T09:30:00Z", "createdAt": "2026-11-20T09:00:00Z",
			 "updatedAt": "2026-11-20T09:30:00Z", "version": 2, "endorsements": 1,
			 "endorsedBy": [{"slug": "brest-metropole", "name": "Brest Métropole", "kind": "EPCI", "regionCode": "53"}]}
			""";

	static final String COMMENTS = """
			{"items": [{"id": "0193a1b2-0000-7000-8000-0000000000c1", "practiceId": "0193a1b2-0000-7000-8000-000000000001",
			  "authority": {"slug": "ville-de-quimper", "name": "Ville de Quimper", "kind": "COMMUNE", "regionCode": "53"},
			  "authorName": "Yann Kerbrat", "body": "Combien d'imprimantes <b>par étage</b> ?", "hidden": false,
			  "createdAt": "2026-11-21T10:00:00Z", "reports": null}],
			 "nextCursor": null}
			""";

	static final String PLANS = """
			{"items": [{"id": "0193a1b2-0000-7000-8000-0000000000p1", "title": "Plan numérique responsable 2025-2027",
			            "status": "PUBLISHED", "startYear": 2025, "endYear": 2027}], "nextCursor": null}
			""";

	private PracticeApiJson() {
	}

}
