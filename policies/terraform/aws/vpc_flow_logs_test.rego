package verdict.terraform.aws.vpc_flow_logs_test

import data.verdict.terraform.aws.vpc_flow_logs as rule
import rego.v1

vpcs(flow_logs) := {"resource": object.union({"aws_vpc": {"main": [{"cidr_block": "10.0.0.0/16"}], "spare": [{"cidr_block": "10.1.0.0/16"}]}}, flow_logs)}

test_vpc_without_flow_log_fires if {
	findings := rule.deny with input as vpcs({"aws_flow_log": {"main": [{"vpc_id": "${aws_vpc.main.id}", "traffic_type": "ALL"}]}})
	[r] := [x | some x in findings]
	r.resource == "aws_vpc.spare"
	r.path == ["resource", "aws_vpc", "spare", 0]
	count(rule.deny) == 2 with input as vpcs({})
	count(rule.deny) == 1 with input as {"resource": {"aws_default_vpc": {"default": [{}]}}}
}

test_unresolved_flow_log_covers_every_vpc if {
	count(rule.deny) == 0 with input as vpcs({"aws_flow_log": {"any": [{"vpc_id": "${var.vpc_id}"}]}})
}

test_flow_logs_of_other_vpcs_do_not_count if {
	count(rule.deny) == 2 with input as vpcs({"aws_flow_log": {"x": [{"vpc_id": "vpc-0abc"}], "y": [{"vpc_id": "${data.aws_vpc.shared.id}"}]}})
}
