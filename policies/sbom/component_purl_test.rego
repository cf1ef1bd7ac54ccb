package verdict.sbom.component_purl_test

import data.verdict.sbom.component_purl
import rego.v1

cdx(components) := {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": components}

spdx(refs) := {"spdxVersion": "SPDX-2.3", "packages": [{"SPDXID": "SPDXRef-junit", "name": "JUnit", "versionInfo": "3.8.1", "externalRefs": refs}]}

test_cyclonedx_library_without_purl_fires if {
	some r in component_purl.warn with input as cdx([{"type": "library", "name": "internal-utils", "version": "0.3.1"}])
	r.path == ["components", 0]
	r.msg == "component internal-utils@0.3.1 has no package URL (purl) or CPE"
}

test_cyclonedx_empty_purl_fires if {
	count(component_purl.warn) == 1 with input as cdx([{"type": "framework", "name": "x", "purl": " "}])
}

test_cyclonedx_identified_components_pass if {
	count(component_purl.warn) == 0 with input as cdx([
		{"type": "library", "name": "a", "purl": "pkg:npm/a@1.0.0"},
		{"type": "library", "name": "b", "cpe": "cpe:2.3:a:acme:b:1.0:*:*:*:*:*:*:*"},
		{"type": "library", "name": "c", "swid": {"tagId": "acme-c-1.0", "name": "c"}},
	])
}

test_cyclonedx_nested_component_fires if {
	doc := cdx([{"type": "library", "name": "outer", "purl": "pkg:maven/a/outer@1", "components": [{"type": "library", "name": "shaded"}]}])
	some r in component_purl.warn with input as doc
	r.path == ["components", 0, "components", 0]
}

test_cyclonedx_non_package_types_are_skipped if {
	count(component_purl.warn) == 0 with input as cdx([
		{"type": "application", "name": "pom.xml"},
		{"type": "operating-system", "name": "debian", "version": "10.2"},
		{"type": "cryptographic-asset", "name": "RSA-2048"},
	])
}

test_spdx_package_without_purl_fires if {
	some r in component_purl.warn with input as spdx([{"referenceCategory": "OTHER", "referenceType": "website", "referenceLocator": "https://junit.org"}])
	r.path == ["packages", 0]
	r.resource == "SPDXRef-junit"
	r.msg == "package JUnit@3.8.1 has no purl or CPE in externalRefs"
}

test_spdx_package_without_external_refs_fires if {
	doc := {"spdxVersion": "SPDX-2.2", "packages": [{"SPDXID": "SPDXRef-a", "name": "a"}]}
	count(component_purl.warn) == 1 with input as doc
}

test_spdx_purl_or_cpe_passes if {
	count(component_purl.warn) == 0 with input as spdx([{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:maven/junit/junit@3.8.1"}])
	count(component_purl.warn) == 0 with input as spdx([{"referenceCategory": "SECURITY", "referenceType": "cpe23Type", "referenceLocator": "cpe:2.3:a:junit:junit:3.8.1:*:*:*:*:*:*:*"}])
}

test_spdx_described_root_and_source_are_skipped if {
	doc := {
		"spdxVersion": "SPDX-2.3",
		"documentDescribes": ["SPDXRef-root"],
		"packages": [
			{"SPDXID": "SPDXRef-root", "name": "hello"},
			{"SPDXID": "SPDXRef-fs", "name": "repo", "primaryPackagePurpose": "SOURCE"},
		],
	}
	count(component_purl.warn) == 0 with input as doc
}
