# METADATA
# title: MSK cluster brokers reachable from the internet
# description: >-
#   An `aws_msk_cluster` with `broker_node_group_info { connectivity_info {
#   public_access { type = "SERVICE_PROVIDED_EIPS" } } }` gives every broker a
#   public IP address, so the Kafka listeners are reachable from the internet
#   and only authentication and security groups protect the topics. Public
#   access is `DISABLED` by default. Reported at `type`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#public_access
#   - https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html
# custom:
#   id: VD-TF-AWS-111
#   severity: high
#   remediation: >-
#     Set `type = "DISABLED"` and reach the brokers through the VPC (peering,
#     PrivateLink, multi-VPC connectivity).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "SC-7"]
#   example: |
#     resource "aws_msk_cluster" "events" {
#       cluster_name           = "events"
#       kafka_version          = "3.6.0"
#       number_of_broker_nodes = 3
#       broker_node_group_info {
#         instance_type   = "kafka.m5.large"
#         client_subnets  = var.subnet_ids
#         security_groups = [aws_security_group.kafka.id]
#         connectivity_info {
#           public_access {
#             type = "SERVICE_PROVIDED_EIPS"
#           }
#         }
#       }
#     }
package verdict.terraform.aws.msk_public_access

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["broker_node_group_info", 0, "connectivity_info", 0, "public_access", 0, "type"]

deny contains {
	"msg": sprintf("%s gives its brokers public IP addresses (public_access type SERVICE_PROVIDED_EIPS)", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_msk_cluster")
	v := aws.value(r, keys, "DISABLED")
	v == "SERVICE_PROVIDED_EIPS"
}
