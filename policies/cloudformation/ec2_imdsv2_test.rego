package verdict.cloudformation.ec2_imdsv2_test

import data.verdict.cloudformation.ec2_imdsv2 as imds
import rego.v1

tmpl(type, props) := {"Resources": {"Web": {"Type": type, "Properties": props}}}

instance(props) := tmpl("AWS::EC2::Instance", object.union({"ImageId": "ami-0abcdef1234567890"}, props))

test_instance_without_metadata_options_fires if {
	some r in imds.deny with input as instance({})
	r.path == ["Resources", "Web", "Properties"]
	r.resource == "Web"
	contains(r.msg, "unset")
}

test_optional_fires if {
	some r in imds.deny with input as instance({"MetadataOptions": {"HttpTokens": "optional"}})
	r.path == ["Resources", "Web", "Properties", "MetadataOptions", "HttpTokens"]
	some s in imds.deny with input as instance({"MetadataOptions": {"HttpEndpoint": "enabled"}})
	s.path == ["Resources", "Web", "Properties", "MetadataOptions"]
}

test_launch_template_and_configuration_fire if {
	some r in imds.deny with input as tmpl("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"ImageId": "ami-1", "MetadataOptions": {"HttpTokens": "optional"}}})
	r.path == ["Resources", "Web", "Properties", "LaunchTemplateData", "MetadataOptions", "HttpTokens"]
	contains(r.msg, "launch template")
	some s in imds.deny with input as tmpl("AWS::AutoScaling::LaunchConfiguration", {"ImageId": "ami-1", "InstanceType": "t3.micro"})
	s.path == ["Resources", "Web", "Properties"]
}

test_required_passes if {
	count(imds.deny) == 0 with input as instance({"MetadataOptions": {"HttpTokens": "required"}})
	count(imds.deny) == 0 with input as tmpl("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"MetadataOptions": {"HttpTokens": "required"}}})
	count(imds.deny) == 0 with input as instance({"MetadataOptions": {"HttpEndpoint": "disabled"}})
}

test_not_judged if {
	count(imds.deny) == 0 with input as instance({"LaunchTemplate": {"LaunchTemplateId": {"Ref": "Lt"}, "Version": "1"}})
	count(imds.deny) == 0 with input as instance({"ImageId": "{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}"})
	al2023 := object.union(instance({"ImageId": {"Ref": "Ami"}}), {"Parameters": {"Ami": {"Type": "String", "Default": "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-arm64"}}})
	count(imds.deny) == 0 with input as al2023
}

test_unknown_passes if {
	count(imds.deny) == 0 with input as instance({"MetadataOptions": {"HttpTokens": {"Ref": "Tokens"}}})
	count(imds.deny) == 0 with input as instance({"MetadataOptions": {"HttpTokens": {"Fn::If": ["Strict", "required", "optional"]}}})
	count(imds.deny) == 0 with input as tmpl("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"Fn::If": ["A", {"MetadataOptions": {"HttpTokens": "required"}}, {}]}})
}

test_parameter_default_fires if {
	t := object.union(instance({"MetadataOptions": {"HttpTokens": {"Ref": "Tokens"}}}), {"Parameters": {"Tokens": {"Type": "String", "Default": "optional"}}})
	count(imds.deny) == 1 with input as t
}
