package verdict.terraform.aws.athena_workgroup_encryption_test

import data.verdict.terraform.aws.athena_workgroup_encryption
import rego.v1

res(body) := {"resource": {"aws_athena_workgroup": {"x": [object.union({"name": "analysts"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in athena_workgroup_encryption.deny] with input as res({})
	r.path == ["resource", "aws_athena_workgroup", "x", 0]
	r.resource == "aws_athena_workgroup.x"
}

test_fires_1 if {
	[r] := [x | some x in athena_workgroup_encryption.deny] with input as res({"configuration": [{"result_configuration": [{"output_location": "s3://acme-athena/"}]}]})
	r.path == ["resource", "aws_athena_workgroup", "x", 0, "configuration", 0, "result_configuration", 0]
	r.resource == "aws_athena_workgroup.x"
}

test_passes_0 if {
	count(athena_workgroup_encryption.deny) == 0 with input as res({"configuration": [{"result_configuration": [{"encryption_configuration": [{"encryption_option": "SSE_KMS", "kms_key_arn": "k"}]}]}]})
}

test_unknown_passes_0 if {
	count(athena_workgroup_encryption.deny) == 0 with input as res({"configuration": [{"result_configuration": [{"encryption_configuration": [{"encryption_option": "${var.option}"}]}]}]})
}

test_unknown_passes_1 if {
	count(athena_workgroup_encryption.deny) == 0 with input as res({"configuration": [{"result_configuration": [{"dynamic": {"encryption_configuration": [{"content": [{}]}]}}]}]})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_athena_workgroup.x", "mode": "managed", "type": "aws_athena_workgroup", "name": "x", "values": {"name": "a", "configuration": [{"enforce_workgroup_configuration": true, "result_configuration": [{"output_location": "s3://x/", "encryption_configuration": []}]}]}}]}}}
	count(athena_workgroup_encryption.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_athena_workgroup.x", "mode": "managed", "type": "aws_athena_workgroup", "name": "x", "values": {"name": "a", "configuration": [{"result_configuration": [{"encryption_configuration": [{"encryption_option": "SSE_S3", "kms_key_arn": null}]}]}]}}]}}}
	count(athena_workgroup_encryption.deny) == 0 with input as inp
}
