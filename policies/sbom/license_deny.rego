# METADATA
# title: Component under a denied licence
# description: >-
#   A component's licence is on the organisation's deny list, by default the
#   network-copyleft and source-available licences whose obligations reach
#   software offered as a service (AGPL, SSPL, OSL-3.0, RPL). Configure the
#   list with `data.verdict.config.license_deny` (SPDX ids, case-insensitive;
#   default ["AGPL-1.0", "AGPL-1.0-only", "AGPL-1.0-or-later", "AGPL-3.0",
#   "AGPL-3.0-only", "AGPL-3.0-or-later", "SSPL-1.0", "OSL-3.0", "RPL-1.1",
#   "RPL-1.5"]). CycloneDX `licenses[].license.id|name` and
#   `licenses[].expression` are read, SPDX `licenseConcluded` (else
#   `licenseDeclared`). An SPDX expression with OR offers a choice and fires
#   only when every alternative is denied; deprecated spellings (`AGPL-3.0`,
#   `AGPL-3.0+`) match their current ids.
# related_resources:
#   - https://spdx.org/licenses/
#   - https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/
#   - https://cyclonedx.org/docs/1.6/json/#components_items_licenses
# custom:
#   id: VD-SBOM-003
#   severity: high
#   remediation: >-
#     Replace the component with one under an approved licence, obtain a
#     commercial licence from the copyright holder, or, where a legal review
#     accepts the licence for this use, record the exception as a waiver. If
#     the component is dual-licensed, declare the chosen licence as an SPDX
#     expression (`MIT OR AGPL-3.0-only`) or in `licenseConcluded`.
#   kinds: [cyclonedx, spdx]
#   frameworks:
#     NIST-800-53: ["CM-10", "CM-10(1)"]
#   example: |
#     {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
#       {"type": "library", "name": "mongodb-driver", "version": "4.2.0",
#        "licenses": [{"license": {"id": "SSPL-1.0"}}]}]}
package verdict.sbom.license_deny

import data.verdict.lib.sbom
import rego.v1

default_deny := [
	"AGPL-1.0", "AGPL-1.0-only", "AGPL-1.0-or-later",
	"AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later",
	"SSPL-1.0", "OSL-3.0", "RPL-1.1", "RPL-1.5",
]

denied_licences := sbom.normalise(sbom.config("license_deny", default_deny))

deny contains {
	"msg": sprintf("%s is licensed under %s, which is on the licence deny list", [pkg.name, sbom.shown(hits, l)]),
	"path": l.path,
	"resource": pkg.ref,
} if {
	some pkg in data.verdict.lib.sbom.packages
	some l in sbom.licenses(pkg)
	hits := sbom.unavoidable(l, denied_licences)
}
