package verdict.cloudformation.ec2_user_data_secrets_test

import data.verdict.cloudformation.ec2_user_data_secrets as ud
import rego.v1

instance(data_) := {"Resources": {"Web": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1", "UserData": data_}}}}

test_access_key_fires if {
	some r in ud.deny with input as instance({"Fn::Base64": {"Fn::Join": ["", ["#!/bin/bash\n", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"]]}})
	r.path == ["Resources", "Web", "Properties", "UserData"]
	r.resource == "Web"
}

test_secret_key_fires if {
	secret := "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	count(ud.deny) == 1 with input as instance({"Fn::Base64": {"Fn::Sub": secret}})
	lt := {"Resources": {"Lt": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {"UserData": {"Fn::Base64": secret}}}}}}
	some r in ud.deny with input as lt
	r.path == ["Resources", "Lt", "Properties", "LaunchTemplateData", "UserData"]
	contains(r.msg, "launch template")
	lc := {"Resources": {"Lc": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": {"UserData": {"Fn::Base64": secret}}}}}
	some s in ud.deny with input as lc
	contains(s.msg, "launch configuration")
}

test_clean_user_data_passes if {
	count(ud.deny) == 0 with input as instance({"Fn::Base64": {"Fn::Sub": "#!/bin/bash\nyum install -y httpd\naws s3 cp s3://${Bucket}/app.zip .\n"}})
	count(ud.deny) == 0 with input as {"Resources": {"Web": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1"}}}}
}

test_unknown_passes if {
	count(ud.deny) == 0 with input as instance({"Fn::Base64": {"Ref": "Script"}})
	count(ud.deny) == 0 with input as instance({"Fn::Base64": {"Fn::Sub": ["export AWS_ACCESS_KEY_ID=${Key}", {"Key": {"Ref": "AccessKey"}}]}})
}
