package fr.mutualis.portal.shared;

/**
 * What the api answers, as documented in the plan of issue 3, for the tests' {@link FakeApi}.
 */
public final class ApiJson {

	/** Camille Martin: administrator of the Brittany region, viewer of Quimper. */
	public static final String ME_ADMIN = """
			{"id": "0190c3a2-7d1e-7aa0-9c1b-3f5e2d4c6b7a", "name": "Camille Martin",
			 "email": "camille.martin@bretagne.example", "platformOperator": false,
			 "memberships": [{"authority": "region-bretagne", "authorityName": "Région Bretagne", "role": "ADMIN"},
			                 {"authority": "ville-de-quimper", "authorityName": "Ville de Quimper", "role": "VIEWER"}],
			 "addedLater": {"the portal": "ignores it"}}
			""";

	/** Camille Martin, when she is only a viewer of the Brittany region. */
	public static final String ME_VIEWER = """
			{"id": "0190c3a2-7d1e-7aa0-9c1b-3f5e2d4c6b7a", "name": "Camille Martin",
			 "email": "camille.martin@bretagne.example", "platformOperator": false,
			 "memberships": [{"authority": "region-bretagne", "authorityName": "Région Bretagne", "role": "VIEWER"}]}
			""";

	/** Camille Martin, when she runs the platform and belongs to no authority. */
	public static final String ME_OPERATOR = """
			{"id": "0190c3a2-7d1e-7aa0-9c1b-3f5e2d4c6b7a", "name": "Camille Martin", "email": null,
			 "platformOperator": true, "memberships": []}
			""";

	public static final String BRETAGNE = """
			{"slug": "region-bretagne", "name": "Région Bretagne", "kind": "REGION", "siren": "233500016",
			 "inseeCode": null, "population": 3453023, "agents": 3900, "regionCode": "53", "departmentCode": null,
			 "parent": null, "emailDomains": ["bretagne.bzh", "region-bretagne.fr"], "version": 3}
			""";

	public static final String QUIMPER = """
			{"slug": "ville-de-quimper", "name": "Ville de Quimper", "kind": "COMMUNE", "siren": "212902324",
			 "inseeCode": "29232", "population": 63400, "agents": 1100, "regionCode": "53", "departmentCode": "29",
			 "parent": "region-bretagne", "emailDomains": ["quimper.bzh"], "version": 7}
			""";

	private ApiJson() {
	}

	/** A page of a list: {@code {"items": [...], "nextCursor": ...}}. */
	public static String page(String nextCursor, String... items) {
		return "{\"items\": [" + String.join(",", items) + "], \"nextCursor\": "
				+ ((nextCursor != null) ? "\"" + nextCursor + "\"" : "null") + "}";
	}

}
