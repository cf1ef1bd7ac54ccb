# METADATA
# title: Classic load balancer listener without HTTPS or TLS
# description: >-
#   A `listener` of a classic `aws_elb` whose `lb_protocol` is "http" or
#   "tcp" accepts client connections unencrypted, so the traffic can be read
#   and altered between the client and the load balancer. One finding per
#   listener points at `lb_protocol`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#listener
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html
# custom:
#   id: VD-TF-AWS-152
#   severity: medium
#   remediation: >-
#     Use `lb_protocol = "https"` (or "ssl") with an `ssl_certificate_id`,
#     or move to an application load balancer that redirects HTTP to HTTPS.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ELB.3"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_elb" "web" {
#       name               = "web"
#       availability_zones = ["eu-west-1a"]
#       listener {
#         instance_port     = 8080
#         instance_protocol = "http"
#         lb_port           = 80
#         lb_protocol       = "http"
#       }
#     }
package verdict.terraform.aws.elb_insecure_listener

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("classic load balancer %q listener %d accepts unencrypted %s", [r.address, i, upper(p)]),
	"path": tf.attr_path(r, ["listener", i, "lb_protocol"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_elb")
	is_array(r.config.listener)
	some i, _ in r.config.listener
	p := aws.value(r, ["listener", i, "lb_protocol"], "")
	lower(p) in {"http", "tcp"}
}
