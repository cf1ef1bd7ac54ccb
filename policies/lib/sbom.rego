# Shared helpers for SBOM rules: one view of the software components of a
# CycloneDX or SPDX 2.x document (with the path to each, so findings get their
# line), the licences each declares, and SPDX licence-expression handling.
package verdict.lib.sbom

import rego.v1

# Policies reference the rules here by full path (data.verdict.lib.sbom.x)
# and call the functions through the import alias: regorus evaluates every
# rule of a package reached through an alias (`sbom.packages`), so a policy
# that needs one cheap rule would pay for all of them.

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

# Every CycloneDX component with its path: top-level ones and those nested in
# an assembly (`components[i].components[j]…`), four levels deep. Written out
# rather than walk()ed: walking a 2 MB SBOM costs seconds in the interpreter.
cdx_components contains {"component": c, "path": ["components", i]} if {
	is_cyclonedx
	some i, c in cdx_children(input)
}

cdx_components contains {"component": c, "path": ["components", i, "components", j]} if {
	is_cyclonedx
	some i, c1 in cdx_children(input)
	some j, c in cdx_children(c1)
}

cdx_components contains {"component": c, "path": ["components", i, "components", j, "components", k]} if {
	is_cyclonedx
	some i, c1 in cdx_children(input)
	some j, c2 in cdx_children(c1)
	some k, c in cdx_children(c2)
}

cdx_components contains {"component": c, "path": ["components", i, "components", j, "components", k, "components", l]} if {
	is_cyclonedx
	some i, c1 in cdx_children(input)
	some j, c2 in cdx_children(c1)
	some k, c3 in cdx_children(c2)
	some l, c in cdx_children(c3)
}

# The component objects directly under `node.components`.
cdx_children(node) := {i: c | some i, c in node.components; is_object(c)} if {
	is_array(node.components)
} else := {}

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
# {expr, path, field, single} (`single`: an SPDX licence id, not an
# expression). CycloneDX: every `licenses[]` entry (SPDX id, name or
# expression; the entries all apply) plus `evidence.licenses`; a name that
# reads as an SPDX expression ("MIT OR Apache-2.0") is taken as one, other
# names as a single licence.
# SPDX: licenseConcluded when asserted, else licenseDeclared (the concluded
# licence is the reviewer's answer and overrides the declared one).
licenses(pkg) := {l |
	some entry in cdx_license_entries(pkg.node)
	some l in cdx_license(entry.entry, array.concat(pkg.path, entry.path))
} if {
	is_cyclonedx
} else := {spdx_license(pkg, "licenseConcluded")} if {
	asserted(pkg.node.licenseConcluded)
} else := {spdx_license(pkg, "licenseDeclared")} if {
	asserted(pkg.node.licenseDeclared)
} else := set()

spdx_license(pkg, field) := {"expr": pkg.node[field], "path": array.concat(pkg.path, [field]), "field": field, "single": false}

cdx_license_entries(c) := array.concat(
	[{"entry": e, "path": ["licenses", j]} | some j, e in object.get(c, "licenses", [])],
	[{"entry": e, "path": ["evidence", "licenses", j]} | some j, e in object.get(c, ["evidence", "licenses"], [])],
)

cdx_license(entry, path) := {{"expr": entry.license.id, "path": array.concat(path, ["license", "id"]), "field": "license.id", "single": true}} if {
	asserted(entry.license.id)
} else := {{"expr": entry.license.name, "path": array.concat(path, ["license", "name"]), "field": "license.name", "single": false}} if {
	asserted(entry.license.name)
} else := {{"expr": entry.expression, "path": array.concat(path, ["expression"]), "field": "expression", "single": false}} if {
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

# A configured licence list as a set of lower-case ids (compute it once, in a
# rule, not per component).
normalise(list) := {lower(entry) | some entry in list; is_string(entry)}

# Whether licence `id` is on `list`, a set made by normalise().
listed(id, list) if count(aliases(id) & list) > 0

# Whether `expr` reads as an SPDX expression: licence ids that look like ids,
# joined by operators. Generators put free text in CycloneDX `expression`
# ("MIT License", "Apache 2.0"); such text is one licence name, not two.
valid_expression(expr) if {
	ts := [t | some t in tokens(expr); t != ""]
	count(ts) > 0
	every k, t in ts {
		well_placed(ts, k, t)
	}
}

well_placed(_, _, t) if upper(t) in operators

well_placed(ts, k, t) if {
	not upper(t) in operators
	regex.match(`^[A-Za-z0-9][A-Za-z0-9.:+-]*$`, t)
	not licence_before(ts, k)
}

licence_before(ts, k) if {
	k > 0
	not upper(ts[k - 1]) in operators
}

# The licence ids of a licence entry: a single id or name is one licence, even
# when a free-text name contains spaces ("Apache License, Version 2.0").
license_terms(l) := terms(l.expr) if {
	not l.single
	valid_expression(l.expr)
} else := {l.expr}

license_choice(l) if {
	not l.single
	valid_expression(l.expr)
	has_choice(l.expr)
}

# The licences of entry `l` that are on `list` (from normalise()), when they cannot be avoided:
# all named licences are required (no OR), or every alternative is listed.
unavoidable(l, list) := hits if {
	not license_choice(l)
	hits := {t | some t in license_terms(l); listed(t, list)}
	count(hits) > 0
} else := hits if {
	license_choice(l)
	ts := license_terms(l)
	hits := {t | some t in ts; listed(t, list)}
	count(ts) > 0
	count(hits) == count(ts)
}

# The licences of entry `l` that are not on `list` (from normalise()), when no allowed choice
# exists: any unlisted one (no OR), or all of them (with OR).
unacceptable(l, list) := misses if {
	not license_choice(l)
	misses := {t | some t in license_terms(l); not listed(t, list)}
	count(misses) > 0
} else := misses if {
	license_choice(l)
	ts := license_terms(l)
	misses := {t | some t in ts; not listed(t, list)}
	count(ts) > 0
	count(misses) == count(ts)
}

# How a finding names the offending licences: alone, or with the expression
# they were found in.
shown(ids, l) := concat(", ", sort(ids)) if {
	ids == {l.expr}
} else := sprintf("%s (in %q)", [concat(", ", sort(ids)), l.expr])
