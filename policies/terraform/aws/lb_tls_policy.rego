# METADATA
# title: Load balancer listener uses an outdated TLS policy
# description: >-
#   An HTTPS or TLS `aws_lb_listener` / `aws_alb_listener` whose `ssl_policy`
#   still allows TLS 1.0 or TLS 1.1 (ELBSecurityPolicy-2016-08, the default
#   when unset, ELBSecurityPolicy-2015-05, the TLS-1-0, TLS-1-1, FS-2018-06,
#   FS-1-1 and TLS13-1-0 / TLS13-1-1 policies) lets clients negotiate
#   protocol versions with known weaknesses. The finding points at
#   `ssl_policy` or the listener.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#ssl_policy
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
# custom:
#   id: VD-TF-AWS-150
#   severity: medium
#   remediation: >-
#     Set `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"` (or another
#     TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-Res-2021-06).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_lb_listener" "https" {
#       load_balancer_arn = aws_lb.web.arn
#       port              = 443
#       protocol          = "HTTPS"
#       certificate_arn   = aws_acm_certificate.web.arn
#       default_action {
#         type             = "forward"
#         target_group_arn = aws_lb_target_group.web.arn
#       }
#     }
package verdict.terraform.aws.lb_tls_policy

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("listener %q uses TLS policy %s, which allows TLS 1.0/1.1", [r.address, policy]),
	"path": aws.arg_path(r, ["ssl_policy"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_lb_listener", "aws_alb_listener"}
	upper(aws.value(r, ["protocol"], "")) in {"HTTPS", "TLS"}
	policy := aws.value(r, ["ssl_policy"], "ELBSecurityPolicy-2016-08")
	regex.match(`^ELBSecurityPolicy-(2015-05|2016-08|TLS-1-0-|TLS-1-1-|FS-2018-06|FS-1-1-|TLS13-1-0-|TLS13-1-1-)`, policy)
}
