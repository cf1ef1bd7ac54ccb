# METADATA
# title: SBOM lacks NTIA document-level minimum elements
# description: >-
#   NTIA's minimum elements for an SBOM include, for the document, the author
#   of the SBOM data, a timestamp, and the dependency relationships. Mapped
#   like the NTIA report, the SPDX spec's Annex K and sbomqs do: author =
#   CycloneDX `metadata.authors`, `metadata.tools` (a generating tool counts
#   as the source of the data), `metadata.supplier` or
#   `metadata.manufacture(r)`; SPDX `creationInfo.creators` (Person,
#   Organization or Tool). Timestamp = CycloneDX `metadata.timestamp`, SPDX
#   `creationInfo.created`. Relationships = CycloneDX `dependencies` (or
#   nested components, or `compositions` stating completeness); SPDX
#   `relationships` or `documentDescribes`. One finding per missing element;
#   documents with no components (VEX-only BOMs) are not SBOMs and are skipped.
#   Per-component elements (name, version, identifiers) are VD-SBOM-001 and
#   VD-SBOM-006.
# related_resources:
#   - https://www.ntia.gov/report/2021/minimum-elements-software-bill-materials-sbom
#   - https://spdx.github.io/spdx-spec/v2.3/how-to-use/#k2-satisfying-ntia-minimum-elements-for-an-sbom-using-spdx
#   - https://cyclonedx.org/docs/1.6/json/#metadata
# custom:
#   id: VD-SBOM-007
#   severity: medium
#   remediation: >-
#     Configure the SBOM generator to record who produced the SBOM and when,
#     and the dependency graph: CycloneDX `metadata.timestamp` (ISO 8601),
#     `metadata.authors` or `metadata.tools`, and `dependencies: [{ref,
#     dependsOn}]` (cyclonedx-npm, cyclonedx-maven-plugin, syft and trivy
#     write them); SPDX `creationInfo.created`, `creationInfo.creators:
#     ["Tool: …", "Organization: …"]` and `relationships` (at least the
#     DESCRIBES and DEPENDS_ON/CONTAINS edges).
#   kinds: [cyclonedx, spdx]
#   frameworks:
#     NTIA-SBOM-Minimum-Elements: ["Author of SBOM Data", "Timestamp", "Dependency Relationship"]
#     NIST-800-53: ["CM-8", "SR-4"]
#   example: |
#     {"bomFormat": "CycloneDX", "specVersion": "1.4", "metadata": {},
#      "components": [{"type": "library", "name": "lodash", "version": "4.17.21",
#        "purl": "pkg:npm/lodash@4.17.21"}]}
package verdict.sbom.ntia_minimum_elements

import rego.v1

warn contains {
	"msg": sprintf("SBOM has no %s (NTIA minimum element %q): set %s", [what, element, where]),
	"path": path,
} if {
	some [element, what, where, path] in missing
}

# --- CycloneDX -----------------------------------------------------------

missing contains ["Author of SBOM Data", "author", "metadata.authors or metadata.tools", cdx_metadata_path] if {
	cdx_sbom
	not cdx_author
}

missing contains ["Timestamp", "timestamp", "metadata.timestamp", cdx_metadata_path] if {
	cdx_sbom
	not non_empty_string(object.get(input, ["metadata", "timestamp"], null))
}

missing contains ["Dependency Relationship", "dependency relationships", "dependencies[]", ["components"]] if {
	cdx_sbom
	not cdx_relationships
}

cdx_sbom if {
	data.verdict.lib.sbom.is_cyclonedx
	count(input.components) > 0
}

cdx_metadata_path := ["metadata"] if {
	is_object(input.metadata)
} else := ["bomFormat"]

cdx_author if {
	some field in ["authors", "supplier", "manufacture", "manufacturer"]
	present(input.metadata[field])
}

# `tools` is an array before CycloneDX 1.5, {components, services} since.
cdx_author if present_array(input.metadata.tools)

cdx_author if {
	some field in ["components", "services"]
	present_array(input.metadata.tools[field])
}

cdx_relationships if present_array(input.dependencies)

cdx_relationships if {
	some c in input.components
	present(c.components)
}

cdx_relationships if {
	some c in input.compositions
	is_string(c.aggregate)
}

# --- SPDX 2.x ------------------------------------------------------------

missing contains ["Author of SBOM Data", "author", "creationInfo.creators", spdx_creation_path] if {
	spdx_sbom
	not spdx_author
}

missing contains ["Timestamp", "timestamp", "creationInfo.created", spdx_creation_path] if {
	spdx_sbom
	not non_empty_string(object.get(input, ["creationInfo", "created"], null))
}

missing contains ["Dependency Relationship", "dependency relationships", "relationships (DESCRIBES, DEPENDS_ON, CONTAINS)", ["packages"]] if {
	spdx_sbom
	not spdx_relationships
}

spdx_sbom if {
	data.verdict.lib.sbom.is_spdx
	count(input.packages) > 0
}

spdx_creation_path := ["creationInfo"] if {
	is_object(input.creationInfo)
} else := ["spdxVersion"]

spdx_author if {
	some creator in input.creationInfo.creators
	non_empty_string(creator)
}

spdx_relationships if {
	some rel in input.relationships
	non_empty_string(rel.relationshipType)
}

spdx_relationships if {
	some id in input.documentDescribes
	non_empty_string(id)
}

# --- helpers ---------------------------------------------------------------

# Callers pass object.get(…, null), never a bare reference that may be
# undefined: OPA treats `not f(undefined)` as undefined (the rule fails) while
# regorus treats it as true.

non_empty_string(v) if {
	is_string(v)
	trim_space(v) != ""
}

present(v) if present_array(v)

present_array(v) if {
	is_array(v)
	count(v) > 0
}

present(v) if {
	is_object(v)
	count(v) > 0
}
