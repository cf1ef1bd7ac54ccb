# METADATA
# title: Security group or rule without a description
# description: >-
#   An `aws_security_group` without a `description` (the provider writes
#   "Managed by Terraform"), or a security group rule — inline `ingress` /
#   `egress` block, `aws_security_group_rule`,
#   `aws_vpc_security_group_ingress_rule` or `_egress_rule` — without one.
#   Whoever reviews the rules later cannot tell why the traffic is allowed,
#   so obsolete openings stay. Reported as a warning.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#description
#   - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: VD-TF-AWS-043
#   severity: low
#   remediation: >-
#     Set `description` on the group and on each rule, saying what the
#     traffic is for ("HTTPS from the public load balancer").
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     PCI-DSS-4.0: ["1.2.5"]
#   example: |
#     resource "aws_security_group" "app" {
#       name   = "app"
#       vpc_id = aws_vpc.main.id
#     }
package verdict.terraform.aws.sg_missing_description

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_identity as id
import rego.v1

warn contains {
	"msg": sprintf("security group %s has no description", [r.address]),
	"path": aws.arg_path(r, ["description"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_security_group")
	blank(aws.value(r, ["description"], "Managed by Terraform"))
}

warn contains {
	"msg": sprintf("%s rule of %s has no description", [x.direction, x.r.address]),
	"path": x.path,
	"resource": x.r.address,
} if {
	some x in id.sg_entries
	description := object.get(x.body, "description", null)
	blank_or_null(description)
}

blank(d) if d in {"", "Managed by Terraform"}

blank_or_null(d) if d == null

blank_or_null(d) if d == ""
