# METADATA
# title: ECS cluster without Container Insights
# description: >-
#   An `aws_ecs_cluster` without a `setting { name = "containerInsights" }`
#   set to "enabled" or "enhanced" (the default is the account setting,
#   itself disabled by default) collects no per-task and per-service metrics,
#   which hides resource exhaustion and anomalous activity. Clusters in a
#   configuration that turns it on for the account
#   (`aws_ecs_account_setting_default`) and dynamic settings are not judged;
#   the finding points at the setting or the cluster.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_cluster#setting
#   - https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html
# custom:
#   id: VD-TF-AWS-129
#   severity: low
#   remediation: >-
#     Add `setting { name = "containerInsights" value = "enabled" }` to the
#     cluster (or "enhanced").
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ECS.12"]
#   example: |
#     resource "aws_ecs_cluster" "main" {
#       name = "main"
#     }
package verdict.terraform.aws.ecs_container_insights

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("ECS cluster %q does not enable Container Insights", [r.address]),
	"path": path(r),
	"resource": r.address,
} if {
	not account_default
	some r in tf.of_type("aws_ecs_cluster")
	not r.config.dynamic.setting
	not tf.unknown(object.get(r.config, "setting", null))
	not enabled(r)
}

settings(r) := [[i, s] | some i, s in r.config.setting; s.name == "containerInsights"] if {
	is_array(r.config.setting)
} else := []

enabled(r) if {
	some [_, s] in settings(r)
	lower(s.value) in {"enabled", "enhanced"}
}

enabled(r) if {
	some [_, s] in settings(r)
	tf.unknown(s.value)
}

path(r) := tf.attr_path(r, ["setting", i, "value"]) if {
	[[i, _]] := settings(r)
} else := r.path

account_default if {
	some r in tf.of_type("aws_ecs_account_setting_default")
	r.config.name == "containerInsights"
	not lower(sprintf("%v", [r.config.value])) == "disabled"
}
