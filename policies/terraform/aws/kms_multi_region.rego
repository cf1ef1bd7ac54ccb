# METADATA
# title: KMS key is multi-Region
# description: >-
#   An `aws_kms_key` with `multi_region = true` can be replicated to other
#   Regions, where the same key material decrypts the data: the key's reach
#   is no longer bounded by the Region its policy and data residency were
#   designed for. Reported as a warning: use multi-Region keys only where
#   data must be decrypted in several Regions.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#multi_region
#   - https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html
# custom:
#   id: VD-TF-AWS-063
#   severity: low
#   remediation: >-
#     Use a single-Region key (remove `multi_region = true`) unless the data
#     is replicated across Regions, and then restrict replication with
#     `kms:ReplicateKey` conditions in the key policy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-12"]
#   example: |
#     resource "aws_kms_key" "global" {
#       enable_key_rotation = true
#       multi_region        = true
#     }
package verdict.terraform.aws.kms_multi_region

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("KMS key %s is a multi-Region key", [r.address]),
	"path": tf.attr_path(r, ["multi_region"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_kms_key", "aws_kms_external_key"}
	aws.is_true(r.config.multi_region)
}
