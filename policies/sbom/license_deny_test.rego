package verdict.sbom.license_deny_test

import data.verdict.sbom.license_deny
import rego.v1

cdx(licenses) := {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [{
	"type": "library", "name": "mongo-tools", "version": "1.0.0",
	"bom-ref": "pkg:npm/mongo-tools@1.0.0", "licenses": licenses,
}]}

spdx(pkg) := {"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "packages": [object.union(
	{"SPDXID": "SPDXRef-Package-x", "name": "x", "versionInfo": "2.0"},
	pkg,
)]}

test_cyclonedx_license_id_fires if {
	some r in license_deny.deny with input as cdx([{"license": {"id": "SSPL-1.0"}}])
	r.path == ["components", 0, "licenses", 0, "license", "id"]
	r.resource == "pkg:npm/mongo-tools@1.0.0"
	r.msg == "mongo-tools@1.0.0 is licensed under SSPL-1.0, which is on the licence deny list"
}

test_deprecated_and_plus_spellings_fire if {
	every id in ["AGPL-3.0", "AGPL-3.0+", "agpl-3.0-or-later", "AGPL-1.0"] {
		count(license_deny.deny) == 1 with input as cdx([{"license": {"id": id}}])
	}
}

test_license_name_fires if {
	some r in license_deny.deny with input as cdx([{"license": {"name": "AGPL-3.0-only"}}])
	r.path == ["components", 0, "licenses", 0, "license", "name"]
}

test_expression_and_fires if {
	some r in license_deny.deny with input as cdx([{"expression": "(MIT AND AGPL-3.0-or-later)"}])
	r.path == ["components", 0, "licenses", 0, "expression"]
	r.msg == `mongo-tools@1.0.0 is licensed under AGPL-3.0-or-later (in "(MIT AND AGPL-3.0-or-later)"), which is on the licence deny list`
}

test_expression_with_a_permitted_choice_passes if {
	count(license_deny.deny) == 0 with input as cdx([{"expression": "MIT OR AGPL-3.0-only"}])
}

test_expression_with_only_denied_choices_fires if {
	count(license_deny.deny) == 1 with input as cdx([{"expression": "AGPL-3.0-only OR SSPL-1.0"}])
}

test_with_exception_is_not_a_licence if {
	count(license_deny.deny) == 0 with input as cdx([{"expression": "GPL-2.0-only WITH AGPL-3.0"}])
}

test_free_text_expression_is_one_name if {
	count(license_deny.deny) == 0 with input as cdx([{"expression": "AGPL-3.0 compatible license"}])
}

test_permissive_passes if {
	count(license_deny.deny) == 0 with input as cdx([{"license": {"id": "MIT"}}, {"expression": "Apache-2.0"}])
}

test_nested_component_fires if {
	nested := {"bomFormat": "CycloneDX", "components": [{
		"type": "application", "name": "app",
		"components": [{"type": "library", "name": "lib", "licenses": [{"license": {"id": "SSPL-1.0"}}]}],
	}]}
	some r in license_deny.deny with input as nested
	r.path == ["components", 0, "components", 0, "licenses", 0, "license", "id"]
	r.resource == "lib"
}

test_evidence_licenses_fire if {
	doc := {"bomFormat": "CycloneDX", "components": [{
		"type": "library", "name": "scanned",
		"evidence": {"licenses": [{"license": {"id": "AGPL-3.0-only"}}]},
	}]}
	some r in license_deny.deny with input as doc
	r.path == ["components", 0, "evidence", "licenses", 0, "license", "id"]
}

test_spdx_concluded_fires if {
	some r in license_deny.deny with input as spdx({"licenseConcluded": "AGPL-3.0-only", "licenseDeclared": "NOASSERTION"})
	r.path == ["packages", 0, "licenseConcluded"]
	r.resource == "SPDXRef-Package-x"
}

test_spdx_concluded_overrides_declared if {
	count(license_deny.deny) == 0 with input as spdx({"licenseConcluded": "MIT", "licenseDeclared": "AGPL-3.0-only OR MIT"})
}

test_spdx_declared_used_when_not_concluded if {
	some r in license_deny.deny with input as spdx({"licenseConcluded": "NOASSERTION", "licenseDeclared": "SSPL-1.0"})
	r.path == ["packages", 0, "licenseDeclared"]
}

test_spdx_described_product_is_not_a_dependency if {
	doc := object.union(spdx({"licenseConcluded": "AGPL-3.0-only"}), {"documentDescribes": ["SPDXRef-Package-x"]})
	count(license_deny.deny) == 0 with input as doc
}

test_configured_list_replaces_default if {
	count(license_deny.deny) == 1 with input as cdx([{"license": {"id": "GPL-3.0-only"}}])
		with data.verdict.config.license_deny as ["GPL-3.0"]
	count(license_deny.deny) == 0 with input as cdx([{"license": {"id": "AGPL-3.0-only"}}])
		with data.verdict.config.license_deny as ["GPL-3.0"]
}
