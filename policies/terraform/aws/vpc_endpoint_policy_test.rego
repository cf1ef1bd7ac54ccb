package verdict.terraform.aws.vpc_endpoint_policy_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.vpc_endpoint_policy as rule
import rego.v1

full := fx.doc([{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}])

test_full_access_policy_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_vpc_endpoint", {"service_name": "com.amazonaws.eu-west-1.s3", "policy": full})
	r.path == ["resource", "aws_vpc_endpoint", "this", 0, "policy"]
	count(rule.deny) == 1 with input as fx.hcl("aws_vpc_endpoint_policy", {"vpc_endpoint_id": "vpce-1", "policy": full})
}

test_gateway_endpoint_without_policy_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_vpc_endpoint", {"service_name": "com.amazonaws.eu-west-1.s3"})
	contains(r.msg, "has no policy")
	r.path == ["resource", "aws_vpc_endpoint", "this", 0]
}

test_document_used_by_an_endpoint_fires if {
	inp := {
		"data": {"aws_iam_policy_document": {"s3": [{"statement": [{"actions": ["s3:*"], "resources": ["*"], "principals": [{"type": "*", "identifiers": ["*"]}]}]}]}},
		"resource": {"aws_vpc_endpoint": {"s3": [{"service_name": "com.amazonaws.eu-west-1.s3", "policy": "${data.aws_iam_policy_document.s3.json}"}]}},
	}
	[r] := [x | some x in rule.deny] with input as inp
	r.resource == "data.aws_iam_policy_document.s3"
}

test_scoped_policies_interface_endpoints_and_separate_policies_pass if {
	scoped := fx.doc([{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme/*"}])
	count(rule.deny) == 0 with input as fx.hcl("aws_vpc_endpoint", {"policy": scoped})
	conditioned := fx.doc([{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceOrgID": "o-abc"}}}])
	count(rule.deny) == 0 with input as fx.hcl("aws_vpc_endpoint", {"policy": conditioned})
	count(rule.deny) == 0 with input as fx.hcl("aws_vpc_endpoint", {"vpc_endpoint_type": "Interface"})
	count(rule.deny) == 0 with input as {"resource": {
		"aws_vpc_endpoint": {"s3": [{"service_name": "com.amazonaws.eu-west-1.s3"}]},
		"aws_vpc_endpoint_policy": {"s3": [{"vpc_endpoint_id": "${aws_vpc_endpoint.s3.id}", "policy": scoped}]},
	}}
}
