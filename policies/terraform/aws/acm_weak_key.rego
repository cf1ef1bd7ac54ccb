# METADATA
# title: ACM certificate uses a 1024-bit RSA key
# description: >-
#   An `aws_acm_certificate` requested with `key_algorithm = "RSA_1024"`
#   protects its TLS sessions with a key length that no longer resists a
#   well-funded attacker and that current browser and CA rules reject.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate#key_algorithm
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/acm-controls.html#acm-2
# custom:
#   id: VD-TF-AWS-070
#   severity: high
#   remediation: >-
#     Request the certificate with `key_algorithm = "RSA_2048"` (the default)
#     or an ECDSA algorithm such as `EC_prime256v1`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ACM.2"]
#     NIST-800-53: ["SC-12", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_acm_certificate" "site" {
#       domain_name       = "example.com"
#       validation_method = "DNS"
#       key_algorithm     = "RSA_1024"
#     }
package verdict.terraform.aws.acm_weak_key

import data.verdict.lib.terraform as tf
import rego.v1

deny contains {
	"msg": sprintf("certificate %s uses a 1024-bit RSA key", [r.address]),
	"path": tf.attr_path(r, ["key_algorithm"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_acm_certificate")
	r.config.key_algorithm == "RSA_1024"
}
