# Shared helpers for SBOM rules: one view of the software components of a
# CycloneDX or SPDX 2.x document (with the path to each, so findings get their
# line), the licences each declares, and SPDX licence-expression handling.
package verdict.lib.sbom

import rego.v1

# A setting from data.verdict.config, or the default. (Not `object.get(data, …)`:
# reading all of `data` from a policy is recursive in OPA.)
config(key, default_value) := value if {
	value := data.verdict.config[key]
} else := default_value

is_cyclonedx if input.bomFormat == "CycloneDX"

is_spdx if {
	is_string(input.spdxVersion)
	startswith(input.spdxVersion, "SPDX-2")
}

# CycloneDX component types that stand for distributable software packages,
# the ones a package URL and a licence are expected for. Devices,
# cryptographic assets, data, files, operating systems and the lock-file
# "application" entries some generators emit are left out.
cdx_package_types := {"library", "framework"}

# SPDX primaryPackagePurpose values with the same meaning; a package without
# a purpose (SPDX 2.2 and most hand-written documents) is taken as software.
spdx_package_purposes := {"LIBRARY", "FRAMEWORK"}

# Every CycloneDX component at any depth (`components[i].components[j]…`) with
# its path. walk() is fine here: SBOMs are scanned once, not streamed.
cdx_components contains {"component": c, "path": array.concat(["components"], p)} if {
	is_cyclonedx
	is_array(input.components)
	walk(input.components, [p, c])
	is_object(c)
	component_path(p)
}

# A path inside `components` that leads to a component: [i] or
# [i, "components", j] or deeper, never into another field.
component_path(p) if {
	count(p) % 2 == 1
	every k, step in p {
		component_step(k, step)
	}
}

component_step(k, step) if {
	k % 2 == 0
	is_number(step)
}

component_step(k, step) if {
	k % 2 == 1
	step == "components"
}

# SPDX packages the document itself DESCRIBES: the product the SBOM is about,
# the counterpart of CycloneDX's metadata.component.
spdx_described contains id if {
	some id in input.documentDescribes
}

spdx_described contains rel.relatedSpdxElement if {
	some rel in input.relationships
	rel.spdxElementId == "SPDXRef-DOCUMENT"
	rel.relationshipType == "DESCRIBES"
}

# The software packages of the document, as {name, ref, node, path}: CycloneDX
# library/framework components, SPDX packages that are not the described
# product and whose purpose (when stated) is a library or framework.
packages contains {"name": name_of(c.component), "ref": cdx_ref(c.component), "node": c.component, "path": c.path} if {
	some c in cdx_components
	c.component.type in cdx_package_types
}

packages contains {"name": name_of(p), "ref": object.get(p, "SPDXID", name_of(p)), "node": p, "path": ["packages", i]} if {
	is_spdx
	is_array(input.packages)
	some i, p in input.packages
	is_object(p)
	not object.get(p, "SPDXID", "") in spdx_described
	spdx_software(p)
}

spdx_software(p) if not p.primaryPackagePurpose

spdx_software(p) if p.primaryPackagePurpose in spdx_package_purposes

name_of(node) := sprintf("%s@%s", [node.name, node.version]) if {
	is_string(node.version)
	node.version != ""
} else := sprintf("%s@%s", [node.name, node.versionInfo]) if {
	is_string(node.versionInfo)
	node.versionInfo != ""
} else := object.get(node, "name", "?")

cdx_ref(c) := object.get(c, "bom-ref", object.get(c, "purl", name_of(c)))

# Values that assert no licence information.
unasserted := {"NOASSERTION", "NONE", "UNKNOWN", ""}

asserted(v) if {
	is_string(v)
	not upper(trim_space(v)) in unasserted
}

# The licences a package declares, one entry per expression, as
# {expr, path, field}. CycloneDX: every `licenses[]` entry (SPDX id, free-text
# name, or expression; the entries all apply) plus `evidence.licenses`.
# SPDX: licenseConcluded when asserted, else licenseDeclared (the concluded
# licence is the reviewer's answer and overrides the declared one).
licenses(pkg) := {l |
	some j, entry in cdx_license_entries(pkg.node)
	some l in cdx_license(entry.entry, array.concat(pkg.path, entry.path))
} if {
	is_cyclonedx
} else := {{"expr": v, "path": array.concat(pkg.path, ["licenseConcluded"]), "field": "licenseConcluded"} |
	v := pkg.node.licenseConcluded
	asserted(v)
} if {
	asserted(pkg.node.licenseConcluded)
} else := {{"expr": v, "path": array.concat(pkg.path, ["licenseDeclared"]), "field": "licenseDeclared"} |
	v := pkg.node.licenseDeclared
	asserted(v)
}

cdx_license_entries(c) := array.concat(
	[{"entry": e, "path": ["licenses", j]} | some j, e in object.get(c, "licenses", [])],
	[{"entry": e, "path": ["evidence", "licenses", j]} | some j, e in object.get(c, ["evidence", "licenses"], [])],
)

cdx_license(entry, path) := {{"expr": entry.license.id, "path": array.concat(path, ["license", "id"]), "field": "license.id"}} if {
	asserted(entry.license.id)
} else := {{"expr": entry.license.name, "path": array.concat(path, ["license", "name"]), "field": "license.name"}} if {
	asserted(entry.license.name)
} else := {{"expr": entry.expression, "path": array.concat(path, ["expression"]), "field": "expression"}} if {
	asserted(entry.expression)
} else := set()

# --- SPDX licence expressions -------------------------------------------
#
# A full parser is out of reach in Rego (no recursion), so expressions are
# judged conservatively from their tokens: an expression without OR requires
# every licence it names; one with OR is taken to offer a choice, and is
# blamed only when no licence in it is acceptable. This never flags a
# licence the user could avoid; it can miss `A AND (B OR C)` with A bad.

tokens(expr) := [t | some t in regex.split(`\s+`, trim_space(replace(replace(expr, "(", " "), ")", " ")))]

operators := {"AND", "OR", "WITH"}

# The licence identifiers of an expression, without operators and without the
# exception that follows WITH (`GPL-2.0-only WITH Classpath-exception-2.0`
# names the licence GPL-2.0-only).
terms(expr) := {t |
	ts := tokens(expr)
	some k, t in ts
	t != ""
	not upper(t) in operators
	not after_with(ts, k)
}

after_with(ts, k) if {
	k > 0
	upper(ts[k - 1]) == "WITH"
}

has_choice(expr) if {
	some t in tokens(expr)
	upper(t) == "OR"
}

# Spellings of one licence id, so lists and documents may use either the
# current or the deprecated form: `GPL-2.0+` is `GPL-2.0-or-later`, `GPL-2.0`
# is `GPL-2.0-only`. Ids compare case-insensitively, as SPDX specifies.
aliases(id) := {l, concat("", [trim_suffix(l, "+"), "-or-later"])} if {
	l := lower(id)
	endswith(l, "+")
} else := {l, concat("", [trim_suffix(l, "-or-later"), "+"])} if {
	l := lower(id)
	endswith(l, "-or-later")
} else := {l, trim_suffix(l, "-only")} if {
	l := lower(id)
	endswith(l, "-only")
} else := {l, concat("", [l, "-only"])} if {
	l := lower(id)
}

listed(id, list) if {
	some entry in list
	is_string(entry)
	lower(entry) in aliases(id)
}

# The licences of `expr` that are on `list`, when they cannot be avoided:
# all named licences are required (no OR), or every alternative is listed.
unavoidable(expr, list) := hits if {
	not has_choice(expr)
	hits := {t | some t in terms(expr); listed(t, list)}
	count(hits) > 0
} else := hits if {
	has_choice(expr)
	ts := terms(expr)
	hits := {t | some t in ts; listed(t, list)}
	count(ts) > 0
	count(hits) == count(ts)
}

# The licences of `expr` that are not on `list`, when no allowed choice
# exists: any unlisted one (no OR), or all of them (with OR).
unacceptable(expr, list) := misses if {
	not has_choice(expr)
	misses := {t | some t in terms(expr); not listed(t, list)}
	count(misses) > 0
} else := misses if {
	has_choice(expr)
	ts := terms(expr)
	misses := {t | some t in ts; not listed(t, list)}
	count(ts) > 0
	count(misses) == count(ts)
}
