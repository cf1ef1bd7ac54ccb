package verdict.terraform.gcp.pubsub_topic_cmek_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.pubsub_topic_cmek as rule
import rego.v1

topic(body) := {"resource": {"google_pubsub_topic": {"events": [object.union({"name": "events"}, body)]}}}

test_absent_fires if {
	some r in rule.deny with input as topic({})
	r.path == ["resource", "google_pubsub_topic", "events", 0]
	r.resource == "google_pubsub_topic.events"
}

test_cmek_or_unknown_passes if {
	count(rule.deny) == 0 with input as topic({"kms_key_name": "projects/p/locations/eu/keyRings/r/cryptoKeys/k"})
	count(rule.deny) == 0 with input as topic({"kms_key_name": "${google_kms_crypto_key.pubsub.id}"})
}

test_plan if {
	p := fx.plan("google_pubsub_topic", {"name": "events", "kms_key_name": null}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["kms_key_name"])
	later := fx.plan("google_pubsub_topic", {"name": "events"}, {"kms_key_name": {"references": ["google_kms_crypto_key.pubsub.id"]}})
	count(rule.deny) == 0 with input as later
}
