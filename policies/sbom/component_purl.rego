# METADATA
# title: Component without a package URL or other unique identifier
# description: >-
#   A package with neither a package URL (purl) nor a CPE (nor a SWID tag)
#   cannot be matched reliably to vulnerability advisories, and NTIA's
#   minimum elements ask for such an identifier wherever one exists. Checked:
#   CycloneDX library/framework components (`purl`, `cpe`, `swid`) and SPDX
#   packages (`externalRefs` of type purl, cpe22Type, cpe23Type or swid). The
#   product the SBOM describes and non-package entries (devices, files,
#   operating systems, lock files) are left out.
# related_resources:
#   - https://github.com/package-url/purl-spec
#   - https://cyclonedx.org/docs/1.6/json/#components_items_purl
#   - https://spdx.github.io/spdx-spec/v2.3/package-information/#721-external-reference-field
#   - https://www.ntia.gov/report/2021/minimum-elements-software-bill-materials-sbom
# custom:
#   id: VD-SBOM-006
#   severity: low
#   remediation: >-
#     Generate the SBOM with a tool that resolves packages from their package
#     manager (it emits `purl`, e.g. `pkg:npm/lodash@4.17.21`), or add the
#     identifier by hand: CycloneDX `"purl": "pkg:maven/org.acme/lib@1.2.0"`,
#     SPDX `externalRefs: [{referenceCategory: PACKAGE-MANAGER, referenceType:
#     purl, referenceLocator: "pkg:…"}]`; for vendor software a CPE.
#   kinds: [cyclonedx, spdx]
#   frameworks:
#     NTIA-SBOM-Minimum-Elements: ["Other Unique Identifiers"]
#     NIST-800-53: ["CM-8"]
#   example: |
#     {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
#       {"type": "library", "name": "internal-utils", "version": "0.3.1"}]}
package verdict.sbom.component_purl

import rego.v1

# SPDX external reference types that identify a package uniquely.
spdx_id_types := {"purl", "cpe22type", "cpe23type", "swid"}

warn contains {
	"msg": sprintf("component %s has no package URL (purl) or CPE", [pkg.name]),
	"path": pkg.path,
	"resource": pkg.ref,
} if {
	data.verdict.lib.sbom.is_cyclonedx
	some pkg in data.verdict.lib.sbom.packages
	not cdx_identified(pkg.node)
}

warn contains {
	"msg": sprintf("package %s has no purl or CPE in externalRefs", [pkg.name]),
	"path": pkg.path,
	"resource": pkg.ref,
} if {
	data.verdict.lib.sbom.is_spdx
	some pkg in data.verdict.lib.sbom.packages
	not spdx_identified(pkg.node)
}

cdx_identified(c) if {
	some field in ["purl", "cpe"]
	is_string(c[field])
	trim_space(c[field]) != ""
}

cdx_identified(c) if is_object(c.swid)

spdx_identified(p) if {
	some ref in p.externalRefs
	is_string(ref.referenceType)
	lower(ref.referenceType) in spdx_id_types
	is_string(ref.referenceLocator)
	trim_space(ref.referenceLocator) != ""
}
