package verdict.sbom.component_version_test

import data.verdict.sbom.component_version
import rego.v1

bom(components) := {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": components}

test_component_without_version_fires if {
	some r in component_version.warn with input as bom([
		{"type": "library", "name": "lodash", "version": "4.17.21"},
		{"type": "library", "name": "left-pad", "bom-ref": "lp"},
	])
	r.path == ["components", 1]
	r.resource == "lp"
	r.msg == `component "left-pad" has no version`
}

test_empty_version_fires if {
	count(component_version.warn) == 1 with input as bom([{"type": "library", "name": "x", "version": ""}])
}

test_versioned_components_pass if {
	count(component_version.warn) == 0 with input as bom([{"type": "library", "name": "lodash", "version": "4.17.21"}])
}

test_no_components_passes if {
	count(component_version.warn) == 0 with input as {"bomFormat": "CycloneDX", "specVersion": "1.5"}
}
