# METADATA
# title: Auto Scaling group behind a load balancer uses EC2 health checks
# description: >-
#   An `aws_autoscaling_group` attached to a load balancer
#   (`target_group_arns` or `load_balancers`) whose `health_check_type` is
#   "EC2" (the provider default) replaces instances only when the instance
#   itself fails, not when the application stops answering the load
#   balancer's health checks, so broken instances stay in service. Groups
#   attached through separate `aws_autoscaling_attachment` resources, or
#   whose target groups are an expression, are not judged.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_group#health_check_type
#   - https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-1
# custom:
#   id: VD-TF-AWS-120
#   severity: low
#   remediation: >-
#     Set `health_check_type = "ELB"` (with a `health_check_grace_period`
#     long enough for the instances to boot).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["AutoScaling.1"]
#   example: |
#     resource "aws_autoscaling_group" "web" {
#       max_size          = 4
#       min_size          = 2
#       target_group_arns = [aws_lb_target_group.web.arn]
#     }
package verdict.terraform.aws.autoscaling_elb_health_check

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("Auto Scaling group %q is behind a load balancer but uses %s health checks", [r.address, v]),
	"path": aws.arg_path(r, ["health_check_type"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_autoscaling_group")
	attached(r)
	v := aws.value(r, ["health_check_type"], "EC2")
	upper(v) == "EC2"
}

attached(r) if {
	some key in ["target_group_arns", "load_balancers"]
	is_array(r.config[key])
	count(r.config[key]) > 0
}
