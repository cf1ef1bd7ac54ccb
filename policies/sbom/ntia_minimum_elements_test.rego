package verdict.sbom.ntia_minimum_elements_test

import data.verdict.sbom.ntia_minimum_elements as ntia
import rego.v1

component := {"type": "library", "name": "lodash", "version": "4.17.21", "purl": "pkg:npm/lodash@4.17.21", "bom-ref": "lodash"}

complete_cdx := {
	"bomFormat": "CycloneDX",
	"specVersion": "1.4",
	"metadata": {"timestamp": "2024-05-01T10:00:00Z", "tools": [{"vendor": "CycloneDX", "name": "cyclonedx-npm"}]},
	"components": [component],
	"dependencies": [{"ref": "lodash", "dependsOn": []}],
}

complete_spdx := {
	"spdxVersion": "SPDX-2.3",
	"creationInfo": {"created": "2024-05-01T10:00:00Z", "creators": ["Tool: syft-1.0.0"]},
	"packages": [{"SPDXID": "SPDXRef-p", "name": "p"}],
	"relationships": [{"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-p"}],
}

messages(doc) := {r.msg | some r in ntia.warn with input as doc}

test_complete_cyclonedx_passes if {
	count(ntia.warn) == 0 with input as complete_cdx
}

test_cyclonedx_missing_everything_fires_three_times if {
	doc := {"bomFormat": "CycloneDX", "specVersion": "1.4", "metadata": {}, "components": [component]}
	results := ntia.warn with input as doc
	count(results) == 3
	{r.path | some r in results} == {["metadata"], ["components"]}
	messages(doc) == {
		`SBOM has no author (NTIA minimum element "Author of SBOM Data"): set metadata.authors or metadata.tools`,
		`SBOM has no timestamp (NTIA minimum element "Timestamp"): set metadata.timestamp`,
		`SBOM has no dependency relationships (NTIA minimum element "Dependency Relationship"): set dependencies[]`,
	}
}

test_cyclonedx_without_metadata_points_at_bom_format if {
	doc := {"bomFormat": "CycloneDX", "components": [component], "dependencies": [{"ref": "lodash"}]}
	results := ntia.warn with input as doc
	count(results) == 2
	every r in results {
		r.path == ["bomFormat"]
	}
}

test_cyclonedx_authors_supplier_and_1_5_tools_count if {
	every metadata in [
		{"timestamp": "t", "authors": [{"name": "Jane"}]},
		{"timestamp": "t", "supplier": {"name": "Acme"}},
		{"timestamp": "t", "manufacturer": {"name": "Acme"}},
		{"timestamp": "t", "tools": {"components": [{"type": "application", "name": "trivy"}]}},
	] {
		count(ntia.warn) == 0 with input as object.union(complete_cdx, {"metadata": metadata})
	}
}

test_cyclonedx_empty_tools_do_not_count if {
	count(ntia.warn) == 1 with input as object.union(complete_cdx, {"metadata": {"timestamp": "t", "tools": {"components": []}}})
}

test_cyclonedx_nested_components_or_compositions_are_relationships if {
	nested := {
		"bomFormat": "CycloneDX",
		"metadata": complete_cdx.metadata,
		"components": [object.union(component, {"components": [{"type": "library", "name": "inner"}]})],
	}
	count(ntia.warn) == 0 with input as nested
	composed := object.union(object.remove(complete_cdx, ["dependencies"]), {"compositions": [{"aggregate": "complete"}]})
	count(ntia.warn) == 0 with input as composed
}

test_vex_only_bom_is_skipped if {
	count(ntia.warn) == 0 with input as {"bomFormat": "CycloneDX", "vulnerabilities": [{"id": "CVE-1"}]}
}

test_complete_spdx_passes if {
	count(ntia.warn) == 0 with input as complete_spdx
	count(ntia.warn) == 0 with input as object.union(object.remove(complete_spdx, ["relationships"]), {"documentDescribes": ["SPDXRef-p"]})
}

test_spdx_missing_relationships_fires if {
	some r in ntia.warn with input as object.remove(complete_spdx, ["relationships"])
	r.path == ["packages"]
	contains(r.msg, "Dependency Relationship")
}

test_spdx_missing_creators_and_created if {
	doc := object.union(object.remove(complete_spdx, ["creationInfo"]), {"creationInfo": {"creators": []}})
	results := ntia.warn with input as doc
	count(results) == 2
	every r in results {
		r.path == ["creationInfo"]
	}
}

test_spdx_without_creation_info_points_at_version if {
	some r in ntia.warn with input as object.remove(complete_spdx, ["creationInfo"])
	r.path == ["spdxVersion"]
}
