# METADATA
# title: Load balancer desync mitigation in monitor mode
# description: >-
#   An application `aws_lb` / `aws_alb` or a classic `aws_elb` with
#   `desync_mitigation_mode = "monitor"` forwards requests that the HTTP
#   desync guardian classifies as ambiguous or severe to its targets,
#   leaving them open to request smuggling. The default ("defensive") and
#   "strictest" are not reported; the finding points at the argument.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#desync_mitigation_mode
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode
# custom:
#   id: VD-TF-AWS-151
#   severity: low
#   remediation: >-
#     Remove `desync_mitigation_mode` (default "defensive") or set it to
#     "strictest".
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ELB.12", "ELB.14"]
#   example: |
#     resource "aws_lb" "web" {
#       name                   = "web"
#       subnets                = var.public_subnet_ids
#       desync_mitigation_mode = "monitor"
#     }
package verdict.terraform.aws.lb_desync_mitigation

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("load balancer %q only monitors HTTP desync (desync_mitigation_mode \"monitor\")", [r.address]),
	"path": tf.attr_path(r, ["desync_mitigation_mode"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_lb", "aws_alb", "aws_elb"}
	aws.value(r, ["desync_mitigation_mode"], "defensive") == "monitor"
}
