# METADATA
# title: EC2 user data contains AWS credentials
# description: >-
#   The `user_data` or `user_data_base64` of an `aws_instance` or
#   `aws_launch_configuration`, or the (base64) `user_data` of an
#   `aws_launch_template`, holds an AWS access key id (AKIA…/ASIA…) or an
#   assigned secret access key. User data is readable by anyone who can
#   describe the instance attributes and from the instance metadata service,
#   and it is stored in the Terraform state. Expressions are not judged; the
#   finding points at the attribute.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#user_data
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html
# custom:
#   id: VD-TF-AWS-118
#   severity: high
#   remediation: >-
#     Remove the keys from user data and rotate them; give the instance an
#     IAM role through `iam_instance_profile`, and read other secrets at boot
#     from Secrets Manager or SSM Parameter Store.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["IA-5"]
#     PCI-DSS-4.0: ["8.3.2"]
#   example: |
#     resource "aws_instance" "web" {
#       ami           = "ami-0abcdef1234567890"
#       instance_type = "t3.micro"
#       user_data     = "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"
#     }
package verdict.terraform.aws.ec2_user_data_credentials

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_compute as compute
import rego.v1

deny contains {
	"msg": sprintf("%s %s contains AWS credentials", [r.address, key]),
	"path": tf.attr_path(r, [key]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_instance", "aws_launch_configuration", "aws_launch_template"}
	some key in ["user_data", "user_data_base64"]
	s := r.config[key]
	is_string(s)
	not tf.unknown(s)
	some text in compute.texts(s)
	compute.has_aws_credentials(text)
}
