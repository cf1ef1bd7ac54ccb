# METADATA
# title: MSK cluster allows plaintext traffic
# description: >-
#   An `aws_msk_cluster` whose `encryption_info { encryption_in_transit { } }`
#   sets `client_broker` to `PLAINTEXT` or `TLS_PLAINTEXT` accepts unencrypted
#   client connections, and `in_cluster = false` sends data between brokers in
#   plain text. The defaults (`TLS`, `true`) are secure. Reported at the
#   offending argument.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit
#   - https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-1
# custom:
#   id: VD-TF-AWS-110
#   severity: high
#   remediation: >-
#     Set `client_broker = "TLS"` and `in_cluster = true` (or remove both
#     arguments).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["MSK.1"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_msk_cluster" "events" {
#       cluster_name           = "events"
#       kafka_version          = "3.6.0"
#       number_of_broker_nodes = 3
#       encryption_info {
#         encryption_in_transit {
#           client_broker = "TLS_PLAINTEXT"
#         }
#       }
#     }
package verdict.terraform.aws.msk_encryption_in_transit

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

client_broker := ["encryption_info", 0, "encryption_in_transit", 0, "client_broker"]

in_cluster := ["encryption_info", 0, "encryption_in_transit", 0, "in_cluster"]

deny contains {
	"msg": sprintf("MSK cluster %q accepts plaintext client connections (client_broker = %q)", [r.address, v]),
	"path": aws.arg_path(r, client_broker),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_msk_cluster")
	v := aws.value(r, client_broker, "TLS")
	v in {"PLAINTEXT", "TLS_PLAINTEXT"}
}

deny contains {
	"msg": sprintf("MSK cluster %q does not encrypt traffic between brokers (in_cluster = false)", [r.address]),
	"path": aws.arg_path(r, in_cluster),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_msk_cluster")
	v := aws.value(r, in_cluster, true)
	aws.is_false(v)
}
