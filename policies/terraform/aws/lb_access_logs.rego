# METADATA
# title: Load balancer without access logs
# description: >-
#   An application `aws_lb` / `aws_alb` (the default `load_balancer_type`)
#   without an `access_logs` block with `enabled = true` (its `enabled`
#   defaults to false), or a classic `aws_elb` without an `access_logs` block
#   or with `enabled = false`, keeps no record of the requests it receives,
#   so attacks and abuse cannot be traced. Network load balancers (which log
#   only TLS listeners), gateway load balancers and dynamic blocks are not
#   judged; the finding points at `enabled`, the block or the load balancer.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#access_logs
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#access_logs
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
# custom:
#   id: VD-TF-AWS-149
#   severity: medium
#   remediation: >-
#     Add `access_logs { bucket = aws_s3_bucket.lb_logs.id enabled = true }`
#     (the bucket policy must let the regional ELB account write to it).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ELB.5"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "aws_lb" "web" {
#       name    = "web"
#       subnets = var.public_subnet_ids
#     }
package verdict.terraform.aws.lb_access_logs

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["access_logs", 0, "enabled"]

deny contains {
	"msg": sprintf("load balancer %q does not write access logs", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.resources
	default_enabled := defaults[r.type]
	aws.value(r, ["load_balancer_type"], "application") == "application"
	not r.config.dynamic.access_logs
	not aws.unknown_at(r, ["access_logs"])
	aws.is_false(aws.value(r, keys, enabled_when_unset(r, default_enabled)))
}

# `enabled` inside the block: false by default on aws_lb, true on aws_elb.
defaults := {"aws_lb": false, "aws_alb": false, "aws_elb": true}

enabled_when_unset(r, d) := d if aws.has_block(r, "access_logs")

enabled_when_unset(r, _) := false if not aws.has_block(r, "access_logs")
