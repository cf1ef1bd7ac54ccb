package verdict.terraform.gcp.gke_release_channel_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_release_channel as rule
import rego.v1

cluster(body) := {"resource": {"google_container_cluster": {"main": [object.union({"name": "main"}, body)]}}}

test_unspecified_fires if {
	some r in rule.deny with input as cluster({"release_channel": [{"channel": "UNSPECIFIED"}]})
	r.path == ["resource", "google_container_cluster", "main", 0, "release_channel", 0, "channel"]
	r.resource == "google_container_cluster.main"
}

test_channel_default_or_unknown_passes if {
	count(rule.deny) == 0 with input as cluster({})
	count(rule.deny) == 0 with input as cluster({"release_channel": [{"channel": "REGULAR"}]})
	count(rule.deny) == 0 with input as cluster({"release_channel": [{"channel": "${var.channel}"}]})
}

test_plan if {
	p := fx.plan("google_container_cluster", {"name": "main", "release_channel": [{"channel": "UNSPECIFIED"}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["release_channel", 0, "channel"])
	stable := fx.plan("google_container_cluster", {"name": "main", "release_channel": [{"channel": "STABLE"}]}, {})
	count(rule.deny) == 0 with input as stable
}
