package verdict.terraform.aws.efs_policy_tls_test

import data.verdict.terraform.aws.efs_policy_tls
import rego.v1

res(body) := {"resource": {"aws_efs_file_system_policy": {"x": [object.union({"file_system_id": "${aws_efs_file_system.shared.id}"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in efs_policy_tls.deny] with input as res({"policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"elasticfilesystem:ClientMount\",\"Resource\":\"*\"}]}"})
	r.path == ["resource", "aws_efs_file_system_policy", "x", 0, "policy"]
	r.resource == "aws_efs_file_system_policy.x"
}

test_passes_0 if {
	count(efs_policy_tls.deny) == 0 with input as res({"policy": "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"})
}

test_unknown_passes_0 if {
	count(efs_policy_tls.deny) == 0 with input as res({"policy": "${var.policy}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_efs_file_system_policy.x", "mode": "managed", "type": "aws_efs_file_system_policy", "name": "x", "values": {"file_system_id": "fs-1", "policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"elasticfilesystem:ClientMount\",\"Resource\":\"*\"}]}"}}]}}}
	count(efs_policy_tls.deny) == 1 with input as inp
}
