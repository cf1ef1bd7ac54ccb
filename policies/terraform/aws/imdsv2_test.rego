package verdict.terraform.aws.imdsv2_test

import data.verdict.terraform.aws.imdsv2
import rego.v1

instance(body) := {"resource": {"aws_instance": {"web": [object.union({"ami": "ami-0abc", "instance_type": "t3.micro"}, body)]}}}

test_instance_without_metadata_options_fires if {
	[r] := [x | some x in imdsv2.deny] with input as instance({})
	r.path == ["resource", "aws_instance", "web", 0]
	contains(r.msg, `"optional"`)
}

test_optional_tokens_fire_at_the_attribute if {
	[r] := [x | some x in imdsv2.deny] with input as instance({"metadata_options": [{"http_tokens": "optional"}]})
	r.path == ["resource", "aws_instance", "web", 0, "metadata_options", 0, "http_tokens"]
	[s] := [x | some x in imdsv2.deny] with input as instance({"metadata_options": [{"http_endpoint": "enabled"}]})
	s.path == ["resource", "aws_instance", "web", 0, "metadata_options", 0]
}

test_required_disabled_unknown_pass if {
	count(imdsv2.deny) == 0 with input as instance({"metadata_options": [{"http_tokens": "required"}]})
	count(imdsv2.deny) == 0 with input as instance({"metadata_options": [{"http_endpoint": "disabled"}]})
	count(imdsv2.deny) == 0 with input as instance({"metadata_options": [{"http_tokens": "${var.tokens}"}]})
	count(imdsv2.deny) == 0 with input as instance({"dynamic": {"metadata_options": [{"for_each": "${var.m}"}]}})
}

test_instance_from_launch_template_is_not_judged if {
	count(imdsv2.deny) == 0 with input as instance({"launch_template": [{"id": "${aws_launch_template.web.id}"}]})
}

test_launch_template_fires if {
	inp := {"resource": {"aws_launch_template": {"web": [{"image_id": "ami-0abc", "metadata_options": [{"http_tokens": "optional", "http_endpoint": "enabled"}]}]}}}
	[r] := [x | some x in imdsv2.deny] with input as inp
	r.resource == "aws_launch_template.web"
}

test_plan_computed_metadata_options if {
	# Unset metadata_options are computed: absent from planned values.
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_instance.a", "mode": "managed", "type": "aws_instance", "name": "a", "values": {"ami": "ami-0abc"}},
		{"address": "aws_instance.b", "mode": "managed", "type": "aws_instance", "name": "b", "values": {"ami": "ami-0abc", "metadata_options": [{"http_endpoint": "enabled", "http_tokens": "required"}]}},
	]}}}
	{r.resource | some r in imdsv2.deny} == {"aws_instance.a"} with input as inp
}
