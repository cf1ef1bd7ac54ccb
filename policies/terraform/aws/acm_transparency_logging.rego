# METADATA
# title: ACM certificate opts out of Certificate Transparency logging
# description: >-
#   An `aws_acm_certificate` with `options { certificate_transparency_logging_preference
#   = "DISABLED" }` is not published to public Certificate Transparency logs:
#   browsers such as Chrome and Safari reject it, and the domain owner can no
#   longer spot certificates misissued for the domain by monitoring the logs.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate#certificate_transparency_logging_preference
#   - https://docs.aws.amazon.com/acm/latest/userguide/acm-concepts.html#concept-transparency
# custom:
#   id: VD-TF-AWS-069
#   severity: medium
#   remediation: >-
#     Remove the option or set `certificate_transparency_logging_preference =
#     "ENABLED"`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-17"]
#   example: |
#     resource "aws_acm_certificate" "site" {
#       domain_name       = "example.com"
#       validation_method = "DNS"
#       options {
#         certificate_transparency_logging_preference = "DISABLED"
#       }
#     }
package verdict.terraform.aws.acm_transparency_logging

import data.verdict.lib.terraform as tf
import rego.v1

deny contains {
	"msg": sprintf("certificate %s is not logged to Certificate Transparency logs", [r.address]),
	"path": tf.attr_path(r, ["options", i, "certificate_transparency_logging_preference"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_acm_certificate")
	is_array(r.config.options)
	some i, o in r.config.options
	is_object(o)
	o.certificate_transparency_logging_preference == "DISABLED"
}
