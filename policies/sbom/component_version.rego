# METADATA
# title: SBOM component without a version
# description: >-
#   A component with no version cannot be matched against vulnerability
#   databases, so the SBOM under-reports risk; NTIA's minimum elements
#   require a version for every component.
# related_resources:
#   - https://www.ntia.gov/report/2021/minimum-elements-software-bill-materials-sbom
# custom:
#   id: VD-SBOM-001
#   severity: low
#   remediation: >-
#     Regenerate the SBOM from a lock file or a built artifact so that each
#     component carries its resolved version, or add `version` by hand.
#   kinds: [cyclonedx]
#   frameworks:
#     NTIA-SBOM-Minimum-Elements: ["Version of the Component"]
#     NIST-800-53: ["CM-8"]
#   example: |
#     {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
#       {"type": "library", "name": "lodash", "purl": "pkg:npm/lodash"}]}
package verdict.sbom.component_version

import rego.v1

warn contains {
	"msg": sprintf("component %q has no version", [object.get(c, "name", "?")]),
	"path": ["components", i],
	"resource": object.get(c, "bom-ref", object.get(c, "name", "")),
} if {
	some i, c in input.components
	object.get(c, "version", "") == ""
}
