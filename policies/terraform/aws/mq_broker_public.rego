# METADATA
# title: Amazon MQ broker publicly accessible
# description: >-
#   An `aws_mq_broker` with `publicly_accessible = true` (the default is
#   false) gets endpoints resolvable and reachable from the internet, so its
#   console and messaging ports are exposed to password guessing and to
#   exploits of the broker engine. The finding points at the argument.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#publicly_accessible
#   - https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html
# custom:
#   id: VD-TF-AWS-160
#   severity: high
#   remediation: >-
#     Set `publicly_accessible = false` and deploy the broker in private
#     subnets (`subnet_ids`) with security groups limited to its clients.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-7", "AC-3"]
#   example: |
#     resource "aws_mq_broker" "events" {
#       broker_name         = "events"
#       engine_type         = "RabbitMQ"
#       engine_version      = "3.13"
#       host_instance_type  = "mq.m5.large"
#       publicly_accessible = true
#       user {
#         username = "app"
#         password = var.mq_password
#       }
#     }
package verdict.terraform.aws.mq_broker_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("Amazon MQ broker %q is publicly accessible", [r.address]),
	"path": tf.attr_path(r, ["publicly_accessible"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_mq_broker")
	aws.is_true(aws.value(r, ["publicly_accessible"], false))
}
