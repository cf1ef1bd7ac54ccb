# METADATA
# title: EC2 user data contains AWS access keys
# description: >-
#   The `UserData` of an `AWS::EC2::Instance`, an `AWS::EC2::LaunchTemplate`
#   (`LaunchTemplateData.UserData`) or an
#   `AWS::AutoScaling::LaunchConfiguration` that contains an AWS access key id
#   (`AKIA…`/`ASIA…`) or an `aws_secret_access_key` assignment ships a
#   long-lived credential in clear text: user data is readable by anyone who
#   can describe the instance attributes and from inside the instance through
#   the metadata service, and it stays in the template and stack history.
#   Every string in the property is searched, inside `Fn::Base64`, `Fn::Sub`
#   and `Fn::Join` as well.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html#cfn-ec2-instance-userdata
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-add-user-data.html
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html
# custom:
#   id: VD-CFN-053
#   severity: critical
#   remediation: >-
#     Deactivate and rotate the leaked key, remove it from the user data, and
#     give the instance an `IamInstanceProfile` whose role grants what the
#     script needs; fetch other secrets at boot from Secrets Manager or SSM
#     Parameter Store.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["IA-5"]
#     PCI-DSS-4.0: ["8.3.2"]
#   example: |
#     Resources:
#       Web:
#         Type: AWS::EC2::Instance
#         Properties:
#           ImageId: ami-0abcdef1234567890
#           UserData:
#             Fn::Base64: |
#               #!/bin/bash
#               export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
package verdict.cloudformation.ec2_user_data_secrets

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

user_data contains [r, ["UserData"], r.properties.UserData] if {
	some r in cfn.resources
	r.type in {"AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"}
	"UserData" in object.keys(r.properties)
}

user_data contains [r, ["LaunchTemplateData", "UserData"], d.UserData] if {
	some r in cfn.of_type("AWS::EC2::LaunchTemplate")
	d := r.properties.LaunchTemplateData
	is_object(d)
	"UserData" in object.keys(d)
}

deny contains {
	"msg": sprintf("the user data of %s %q contains an AWS access key", [kind(r), r.name]),
	"path": array.concat(r.path, keys),
	"resource": r.name,
} if {
	some [r, keys, v] in user_data
	some s in w.strings(v)
	w.aws_key_in(s)
}

kind(r) := "launch template" if r.type == "AWS::EC2::LaunchTemplate"

else := "launch configuration" if r.type == "AWS::AutoScaling::LaunchConfiguration"

else := "EC2 instance"
