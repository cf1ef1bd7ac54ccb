# METADATA
# title: Load balancer without deletion protection
# description: >-
#   An `aws_lb` / `aws_alb` without `enable_deletion_protection = true` (the
#   default is false) can be deleted by a single API call or a mistaken
#   `terraform destroy`, taking the application offline. The finding points
#   at the argument or the load balancer.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#enable_deletion_protection
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection
# custom:
#   id: VD-TF-AWS-148
#   severity: low
#   remediation: >-
#     Set `enable_deletion_protection = true` on production load balancers.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ELB.6"]
#   example: |
#     resource "aws_lb" "web" {
#       name    = "web"
#       subnets = var.public_subnet_ids
#     }
package verdict.terraform.aws.lb_deletion_protection

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("load balancer %q has no deletion protection", [r.address]),
	"path": aws.arg_path(r, ["enable_deletion_protection"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_lb", "aws_alb"}
	aws.is_false(aws.value(r, ["enable_deletion_protection"], false))
}
