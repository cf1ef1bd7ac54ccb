package verdict.terraform.aws.cloudtrail_s3_data_events_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.cloudtrail_s3_data_events as rule
import rego.v1

trail(body) := fx.hcl("aws_cloudtrail", object.union({"name": "main", "s3_bucket_name": "trail"}, body))

test_no_data_events_fires if {
	[r] := [x | some x in rule.deny] with input as trail({})
	r.path == ["resource", "aws_cloudtrail", "this", 0]
	count(rule.deny) == 1 with input as trail({"event_selector": [{"read_write_type": "All", "data_resource": [{"type": "AWS::Lambda::Function", "values": ["arn:aws:lambda"]}]}]})
}

test_event_or_advanced_selectors_pass if {
	count(rule.deny) == 0 with input as trail({"event_selector": [{"data_resource": [{"type": "AWS::S3::Object", "values": ["arn:aws:s3"]}]}]})
	count(rule.deny) == 0 with input as trail({"advanced_event_selector": [{"field_selector": [
		{"field": "eventCategory", "equals": ["Data"]},
		{"field": "resources.type", "equals": ["AWS::S3::Object"]},
	]}]})
	count(rule.deny) == 0 with input as trail({"dynamic": {"event_selector": [{"for_each": "${var.selectors}"}]}})
}

test_another_trail_of_the_module_counts if {
	inp := {"resource": {"aws_cloudtrail": {
		"management": [{"name": "management"}],
		"data": [{"name": "data", "event_selector": [{"data_resource": [{"type": "AWS::S3::Object", "values": ["arn:aws:s3"]}]}]}],
	}}}
	count(rule.deny) == 0 with input as inp
}
