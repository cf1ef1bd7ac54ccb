# METADATA
# title: Component licence unknown (missing, NOASSERTION or NONE)
# description: >-
#   A component whose licence is not stated cannot be checked against the
#   licence policy: CycloneDX library/framework components without
#   `licenses` (or `evidence.licenses`), SPDX packages whose
#   `licenseConcluded` and `licenseDeclared` are both absent, `NOASSERTION`
#   (nobody looked) or `NONE` (no licence: no rights are granted). The
#   product the SBOM describes (CycloneDX `metadata.component`, SPDX
#   DESCRIBES targets) and non-package entries (devices, files, operating
#   systems, lock files) are left out.
# related_resources:
#   - https://spdx.github.io/spdx-spec/v2.3/package-information/#713-concluded-license-field
#   - https://spdx.github.io/spdx-spec/v2.3/package-information/#715-declared-license-field
#   - https://cyclonedx.org/docs/1.6/json/#components_items_licenses
# custom:
#   id: VD-SBOM-005
#   severity: low
#   remediation: >-
#     Generate the SBOM with licence detection enabled (e.g. `trivy sbom
#     --scanners license`, `syft` with a licence cataloger, or the package
#     manager's CycloneDX plugin), or set the licence by hand: CycloneDX
#     `licenses: [{"license": {"id": "MIT"}}]`, SPDX `licenseDeclared: MIT`
#     (and `licenseConcluded` once reviewed). Treat `NONE` as "no permission to
#     use" until the author grants a licence.
#   kinds: [cyclonedx, spdx]
#   frameworks:
#     NIST-800-53: ["CM-10", "CM-8"]
#   example: |
#     {"spdxVersion": "SPDX-2.3", "packages": [{"SPDXID": "SPDXRef-pkg",
#       "name": "libfoo", "versionInfo": "2.1.0",
#       "licenseConcluded": "NOASSERTION", "licenseDeclared": "NOASSERTION"}]}
package verdict.sbom.license_unknown

import data.verdict.lib.sbom
import rego.v1

warn contains {
	"msg": sprintf("component %s has no licence information", [pkg.name]),
	"path": pkg.path,
	"resource": pkg.ref,
} if {
	data.verdict.lib.sbom.is_cyclonedx
	some pkg in data.verdict.lib.sbom.packages
	count(sbom.licenses(pkg)) == 0
}

warn contains {
	"msg": sprintf("package %s has no licence: %s", [pkg.name, why]),
	"path": path,
	"resource": pkg.ref,
} if {
	data.verdict.lib.sbom.is_spdx
	some pkg in data.verdict.lib.sbom.packages
	count(sbom.licenses(pkg)) == 0
	[why, path] := spdx_reason(pkg)
}

# NONE is a statement (no licence applies), NOASSERTION or nothing is silence.
spdx_reason(pkg) := ["licenseDeclared is NONE, so no rights are granted", array.concat(pkg.path, ["licenseDeclared"])] if {
	is_none(pkg.node.licenseDeclared)
} else := ["licenseConcluded is NONE, so no rights are granted", array.concat(pkg.path, ["licenseConcluded"])] if {
	is_none(pkg.node.licenseConcluded)
} else := ["licenseConcluded and licenseDeclared are NOASSERTION or absent", array.concat(pkg.path, ["licenseDeclared"])] if {
	is_string(pkg.node.licenseDeclared)
} else := ["licenseConcluded and licenseDeclared are NOASSERTION or absent", array.concat(pkg.path, ["licenseConcluded"])] if {
	is_string(pkg.node.licenseConcluded)
} else := ["licenseConcluded and licenseDeclared are absent", pkg.path]

is_none(v) if {
	is_string(v)
	upper(trim_space(v)) == "NONE"
}
