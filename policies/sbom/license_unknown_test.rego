package verdict.sbom.license_unknown_test

import data.verdict.sbom.license_unknown
import rego.v1

cdx(components) := {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": components}

spdx(pkg) := {"spdxVersion": "SPDX-2.3", "packages": [object.union({"SPDXID": "SPDXRef-p", "name": "libfoo", "versionInfo": "2.1.0"}, pkg)]}

test_cyclonedx_library_without_licenses_fires if {
	some r in license_unknown.warn with input as cdx([{"type": "library", "name": "rt", "version": "2.3.1", "bom-ref": "rt-ref"}])
	r.path == ["components", 0]
	r.resource == "rt-ref"
	r.msg == "component rt@2.3.1 has no licence information"
}

test_cyclonedx_empty_and_noassertion_licenses_fire if {
	count(license_unknown.warn) == 2 with input as cdx([
		{"type": "library", "name": "a", "licenses": []},
		{"type": "framework", "name": "b", "licenses": [{"license": {"name": "NOASSERTION"}}]},
	])
}

test_cyclonedx_licensed_or_evidenced_passes if {
	count(license_unknown.warn) == 0 with input as cdx([
		{"type": "library", "name": "a", "licenses": [{"license": {"id": "MIT"}}]},
		{"type": "library", "name": "b", "licenses": [{"expression": "MIT OR Apache-2.0"}]},
		{"type": "library", "name": "c", "evidence": {"licenses": [{"license": {"name": "Custom"}}]}},
	])
}

test_cyclonedx_non_package_types_are_skipped if {
	count(license_unknown.warn) == 0 with input as cdx([
		{"type": "application", "name": "package-lock.json"},
		{"type": "operating-system", "name": "debian", "version": "12"},
		{"type": "cryptographic-asset", "name": "AES-128-GCM"},
		{"type": "device", "name": "board"},
	])
}

test_spdx_noassertion_fires_on_declared if {
	some r in license_unknown.warn with input as spdx({"licenseConcluded": "NOASSERTION", "licenseDeclared": "NOASSERTION"})
	r.path == ["packages", 0, "licenseDeclared"]
	r.resource == "SPDXRef-p"
	r.msg == "package libfoo@2.1.0 has no licence: licenseConcluded and licenseDeclared are NOASSERTION or absent"
}

test_spdx_none_is_reported_as_no_rights if {
	some r in license_unknown.warn with input as spdx({"licenseConcluded": "NOASSERTION", "licenseDeclared": "NONE"})
	r.path == ["packages", 0, "licenseDeclared"]
	contains(r.msg, "NONE")
}

test_spdx_concluded_none if {
	some r in license_unknown.warn with input as spdx({"licenseConcluded": "NONE"})
	r.path == ["packages", 0, "licenseConcluded"]
}

test_spdx_only_concluded_noassertion if {
	some r in license_unknown.warn with input as spdx({"licenseConcluded": "NOASSERTION"})
	r.path == ["packages", 0, "licenseConcluded"]
}

test_spdx_absent_fields_point_at_the_package if {
	some r in license_unknown.warn with input as spdx({})
	r.path == ["packages", 0]
	r.msg == "package libfoo@2.1.0 has no licence: licenseConcluded and licenseDeclared are absent"
}

test_spdx_declared_licence_is_enough if {
	count(license_unknown.warn) == 0 with input as spdx({"licenseConcluded": "NOASSERTION", "licenseDeclared": "MIT"})
}

test_spdx_described_root_and_non_library_purposes_are_skipped if {
	doc := {
		"spdxVersion": "SPDX-2.3",
		"packages": [
			{"SPDXID": "SPDXRef-root", "name": "image", "licenseConcluded": "NOASSERTION"},
			{"SPDXID": "SPDXRef-app", "name": "Manifest.toml", "primaryPackagePurpose": "APPLICATION"},
			{"SPDXID": "SPDXRef-lib", "name": "A", "primaryPackagePurpose": "LIBRARY", "licenseDeclared": "MIT"},
		],
		"relationships": [{"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-root"}],
	}
	count(license_unknown.warn) == 0 with input as doc
}
