# METADATA
# title: Load balancer listener serves HTTP without redirecting to HTTPS
# description: >-
#   An `aws_lb_listener` / `aws_alb_listener` with protocol HTTP (explicit, or
#   unset on a listener with a port, where HTTP is the default) whose default
#   action is not a redirect to HTTPS serves the application in clear text.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#redirect-action
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html
# custom:
#   id: VD-TF-AWS-018
#   severity: medium
#   remediation: >-
#     Serve the application on an HTTPS listener (`protocol = "HTTPS"`,
#     `certificate_arn`, a current `ssl_policy`) and make the HTTP listener's
#     `default_action { type = "redirect", redirect { protocol = "HTTPS", port
#     = "443", status_code = "HTTP_301" } }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ELB.1"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_lb_listener" "web" {
#       load_balancer_arn = aws_lb.web.arn
#       port              = 80
#       protocol          = "HTTP"
#       default_action {
#         type             = "forward"
#         target_group_arn = aws_lb_target_group.web.arn
#       }
#     }
package verdict.terraform.aws.lb_http_listener

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("listener %q serves HTTP without redirecting to HTTPS", [r.address]),
	"path": aws.arg_path(r, ["protocol"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_lb_listener", "aws_alb_listener"}
	http(r)
	is_array(r.config.default_action)
	not redirects(r)
}

http(r) if upper(aws.value(r, ["protocol"], "")) == "HTTP"

http(r) if {
	aws.value(r, ["protocol"], "") == ""
	aws.value(r, ["port"], null) != null
}

redirects(r) if {
	some action in r.config.default_action
	action.type == "redirect"
	https(action)
}

# Unknown actions are given the benefit of the doubt.
redirects(r) if {
	some action in r.config.default_action
	tf.unknown(action.type)
}

redirects(r) if r.config.dynamic.default_action

https(action) if upper(action.redirect[0].protocol) == "HTTPS"

https(action) if tf.unknown(action.redirect[0].protocol)
