# METADATA
# title: Application load balancer does not drop invalid HTTP headers
# description: >-
#   An application `aws_lb` / `aws_alb` (the default `load_balancer_type`)
#   without `drop_invalid_header_fields = true` (the default is false)
#   forwards requests with malformed header names to its targets, which
#   helps HTTP request smuggling and header injection against back ends that
#   parse them differently. Network and gateway load balancers are not
#   judged; the finding points at the argument or the load balancer.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#drop_invalid_header_fields
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
# custom:
#   id: VD-TF-AWS-147
#   severity: medium
#   remediation: >-
#     Set `drop_invalid_header_fields = true` on the load balancer.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ELB.4"]
#     NIST-800-53: ["SI-10"]
#   example: |
#     resource "aws_lb" "web" {
#       name    = "web"
#       subnets = var.public_subnet_ids
#     }
package verdict.terraform.aws.lb_drop_invalid_headers

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("load balancer %q forwards invalid HTTP header fields", [r.address]),
	"path": aws.arg_path(r, ["drop_invalid_header_fields"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_lb", "aws_alb"}
	aws.value(r, ["load_balancer_type"], "application") == "application"
	aws.is_false(aws.value(r, ["drop_invalid_header_fields"], false))
}
