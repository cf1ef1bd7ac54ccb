package verdict.sbom.license_allow_test

import data.verdict.sbom.license_allow
import rego.v1

allow := ["MIT", "Apache-2.0", "BSD-3-Clause", "GPL-2.0-or-later"]

cdx(licenses) := {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [{
	"type": "library", "name": "left-pad", "version": "1.3.0", "licenses": licenses,
}]}

test_unlisted_licence_fires if {
	some r in license_allow.deny with input as cdx([{"license": {"id": "WTFPL"}}])
		with data.verdict.config.license_allow as allow
	r.path == ["components", 0, "licenses", 0, "license", "id"]
	r.resource == "left-pad@1.3.0"
	r.msg == "left-pad@1.3.0 is licensed under WTFPL, not on the licence allow list"
}

test_no_allow_list_checks_nothing if {
	count(license_allow.deny) == 0 with input as cdx([{"license": {"id": "WTFPL"}}])
}

test_allowed_licences_pass if {
	count(license_allow.deny) == 0 with input as cdx([{"license": {"id": "mit"}}, {"expression": "Apache-2.0 AND BSD-3-Clause"}])
		with data.verdict.config.license_allow as allow
}

test_plus_spelling_matches_or_later if {
	count(license_allow.deny) == 0 with input as cdx([{"license": {"id": "GPL-2.0+"}}])
		with data.verdict.config.license_allow as allow
}

test_choice_with_an_allowed_alternative_passes if {
	count(license_allow.deny) == 0 with input as cdx([{"expression": "(WTFPL OR MIT)"}])
		with data.verdict.config.license_allow as allow
}

test_choice_without_allowed_alternative_fires if {
	some r in license_allow.deny with input as cdx([{"expression": "WTFPL OR CC-BY-NC-4.0"}])
		with data.verdict.config.license_allow as allow
	r.msg == `left-pad@1.3.0 is licensed under CC-BY-NC-4.0, WTFPL (in "WTFPL OR CC-BY-NC-4.0"), not on the licence allow list`
}

test_conjunction_needs_every_licence if {
	some r in license_allow.deny with input as cdx([{"expression": "MIT AND Beerware"}])
		with data.verdict.config.license_allow as allow
	r.msg == `left-pad@1.3.0 is licensed under Beerware (in "MIT AND Beerware"), not on the licence allow list`
}

test_free_text_name_is_reported_whole if {
	some r in license_allow.deny with input as cdx([{"license": {"name": "The Apache Software License, Version 2.0"}}])
		with data.verdict.config.license_allow as allow
	r.msg == "left-pad@1.3.0 is licensed under The Apache Software License, Version 2.0, not on the licence allow list"
}

test_missing_licence_is_not_this_rule if {
	count(license_allow.deny) == 0 with input as cdx([])
		with data.verdict.config.license_allow as allow
}

test_spdx_declared_fires if {
	doc := {"spdxVersion": "SPDX-2.3", "packages": [{"SPDXID": "SPDXRef-p", "name": "p", "licenseConcluded": "NOASSERTION", "licenseDeclared": "LicenseRef-Proprietary"}]}
	some r in license_allow.deny with input as doc
		with data.verdict.config.license_allow as allow
	r.path == ["packages", 0, "licenseDeclared"]
}
