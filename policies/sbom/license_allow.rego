# METADATA
# title: Component licence not on the allow list
# description: >-
#   With an allow list configured in `data.verdict.config.license_allow` (SPDX
#   ids, case-insensitive; default: not set, and the rule checks nothing), every
#   component must be under an allowed licence. CycloneDX
#   `licenses[].license.id|name` and `licenses[].expression` are read, SPDX
#   `licenseConcluded` (else `licenseDeclared`). An SPDX expression with OR
#   passes when one alternative is allowed; one without OR needs all its
#   licences allowed. The example fires with `license_allow: ["MIT",
#   "Apache-2.0"]`. Components with no licence at all are VD-SBOM-005's
#   business.
# related_resources:
#   - https://spdx.org/licenses/
#   - https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/
#   - https://cyclonedx.org/docs/1.6/json/#components_items_licenses
# custom:
#   id: VD-SBOM-004
#   severity: medium
#   remediation: >-
#     Have the licence reviewed: if it is acceptable add its SPDX id to the
#     `data.verdict.config.license_allow` list (a `-d` data file with
#     `{"verdict": {"config": {"license_allow": ["MIT", "Apache-2.0", ...]}}}`),
#     otherwise replace the component. Map free-text licence names to SPDX ids
#     in the SBOM generator so they can be matched.
#   kinds: [cyclonedx, spdx]
#   frameworks:
#     NIST-800-53: ["CM-10", "CM-10(1)"]
#   example: |
#     {"spdxVersion": "SPDX-2.3", "packages": [{"SPDXID": "SPDXRef-pkg",
#       "name": "left-pad", "versionInfo": "1.3.0", "licenseConcluded": "WTFPL"}]}
package verdict.sbom.license_allow

import data.verdict.lib.sbom
import rego.v1

# Undefined, and the rule silent, unless an allow list is configured.
allowed_licences := sbom.normalise(data.verdict.config.license_allow) if {
	is_array(data.verdict.config.license_allow)
}

deny contains {
	"msg": sprintf("%s is licensed under %s, not on the licence allow list", [pkg.name, sbom.shown(misses, l)]),
	"path": l.path,
	"resource": pkg.ref,
} if {
	some pkg in data.verdict.lib.sbom.packages
	some l in sbom.licenses(pkg)
	misses := sbom.unacceptable(l, allowed_licences)
}
