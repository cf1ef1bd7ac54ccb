package verdict.lib.sbom_test

import data.verdict.lib.sbom
import rego.v1

test_components_are_found_four_levels_deep if {
	doc := {"bomFormat": "CycloneDX", "components": [{"type": "application", "name": "a", "components": [
		{"type": "library", "name": "b", "components": [
			{"type": "library", "name": "c", "components": [
				{"type": "library", "name": "d"},
				"not a component",
			]},
		]},
	]}]}
	paths := {c.path | some c in sbom.cdx_components} with input as doc
	paths == {
		["components", 0],
		["components", 0, "components", 0],
		["components", 0, "components", 0, "components", 0],
		["components", 0, "components", 0, "components", 0, "components", 0],
	}
	names := {p.name | some p in sbom.packages} with input as doc
	names == {"b", "c", "d"}
}

test_terms_drop_operators_and_exceptions if {
	sbom.terms("(GPL-2.0-only WITH Classpath-exception-2.0 OR MIT) AND BSD-3-Clause") == {"GPL-2.0-only", "MIT", "BSD-3-Clause"}
	sbom.terms("mit or apache-2.0") == {"mit", "apache-2.0"}
}

test_valid_expressions if {
	sbom.valid_expression("MIT")
	sbom.valid_expression("(MIT OR Apache-2.0) AND LicenseRef-scancode-x")
	sbom.valid_expression("DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2")
	not sbom.valid_expression("MIT License")
	not sbom.valid_expression("Apache License, Version 2.0")
	not sbom.valid_expression("   ")
}

test_aliases_cover_deprecated_spellings if {
	sbom.aliases("GPL-2.0+") == {"gpl-2.0+", "gpl-2.0-or-later"}
	sbom.aliases("GPL-2.0-or-later") == {"gpl-2.0-or-later", "gpl-2.0+"}
	sbom.aliases("GPL-2.0-only") == {"gpl-2.0-only", "gpl-2.0"}
	sbom.aliases("GPL-2.0") == {"gpl-2.0", "gpl-2.0-only"}
}

test_choice_semantics if {
	list := sbom.normalise(["AGPL-3.0-only", 7])
	list == {"agpl-3.0-only"}
	sbom.unavoidable({"expr": "AGPL-3.0-only OR AGPL-3.0", "single": false}, list) == {"AGPL-3.0-only", "AGPL-3.0"}
	not sbom.unavoidable({"expr": "AGPL-3.0-only OR MIT", "single": false}, list)
	sbom.unacceptable({"expr": "AGPL-3.0-only AND MIT", "single": false}, list) == {"MIT"}
	not sbom.unacceptable({"expr": "AGPL-3.0-only OR MIT", "single": false}, list)
}

test_config_default_and_override if {
	sbom.config("license_deny", ["x"]) == ["x"]
	sbom.config("license_deny", ["x"]) == ["y"] with data.verdict.config.license_deny as ["y"]
}

test_spdx_packages_skip_described_and_non_software if {
	doc := {
		"spdxVersion": "SPDX-2.3",
		"documentDescribes": ["SPDXRef-a"],
		"relationships": [{"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-b"}],
		"packages": [
			{"SPDXID": "SPDXRef-a", "name": "a"},
			{"SPDXID": "SPDXRef-b", "name": "b"},
			{"SPDXID": "SPDXRef-c", "name": "c", "primaryPackagePurpose": "CONTAINER"},
			{"SPDXID": "SPDXRef-d", "name": "d", "versionInfo": "1.0", "primaryPackagePurpose": "LIBRARY"},
			{"SPDXID": "SPDXRef-e", "name": "e"},
		],
	}
	refs := {p.ref | some p in sbom.packages} with input as doc
	refs == {"SPDXRef-d", "SPDXRef-e"}
	names := {p.name | some p in sbom.packages} with input as doc
	names == {"d@1.0", "e"}
}

test_spdx_2_only if {
	count(sbom.packages) == 0 with input as {"spdxVersion": "SPDX-3.0", "packages": [{"SPDXID": "x", "name": "x"}]}
}
