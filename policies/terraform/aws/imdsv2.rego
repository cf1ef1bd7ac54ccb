# METADATA
# title: EC2 instance metadata service does not require IMDSv2
# description: >-
#   An `aws_instance`, `aws_launch_template` or `aws_launch_configuration`
#   whose `metadata_options` do not set `http_tokens = "required"` (the
#   provider default is "optional") still answers IMDSv1 requests, so an SSRF
#   in the workload can read the instance role's credentials. Instances with
#   `http_endpoint = "disabled"`, and instances without `metadata_options`
#   that take them from a `launch_template`, are not judged.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
# custom:
#   id: VD-TF-AWS-017
#   severity: high
#   remediation: >-
#     Add `metadata_options { http_endpoint = "enabled", http_tokens =
#     "required", http_put_response_hop_limit = 1 }` (hop limit 2 for
#     containers on the instance).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["5.6"]
#     AWS-FSBP: ["EC2.8", "AutoScaling.3"]
#     NIST-800-53: ["AC-3"]
#   example: |
#     resource "aws_instance" "web" {
#       ami           = "ami-0abcdef1234567890"
#       instance_type = "t3.micro"
#     }
package verdict.terraform.aws.imdsv2

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

tokens := ["metadata_options", 0, "http_tokens"]

deny contains {
	"msg": sprintf("%s does not require IMDSv2 (metadata_options.http_tokens is %q)", [r.address, v]),
	"path": aws.arg_path(r, tokens),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_instance", "aws_launch_template", "aws_launch_configuration"}
	not from_launch_template(r)
	aws.value(r, ["metadata_options", 0, "http_endpoint"], "enabled") != "disabled"
	v := aws.value(r, tokens, "optional")
	v != "required"
}

from_launch_template(r) if {
	r.type == "aws_instance"
	not aws.has_block(r, "metadata_options")
	aws.has_block(r, "launch_template")
}
