# METADATA
# title: KMS key without automatic rotation
# description: >-
#   A symmetric encryption `AWS::KMS::Key` without `EnableKeyRotation: true`
#   keeps the same key material forever; automatic rotation replaces it
#   yearly (or on the `RotationPeriodInDays` you set) while old data stays
#   decryptable. Asymmetric and HMAC keys (`KeySpec` other than
#   `SYMMETRIC_DEFAULT`) and keys with imported or custom-store material
#   (`Origin` other than `AWS_KMS`) cannot rotate automatically and are
#   skipped.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html#cfn-kms-key-enablekeyrotation
#   - https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
# custom:
#   id: VD-CFN-010
#   severity: medium
#   remediation: >-
#     Set `EnableKeyRotation: true` on the key.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["3.6"]
#     AWS-FSBP: ["KMS.4"]
#     NIST-800-53: ["SC-12"]
#     PCI-DSS-4.0: ["3.7.4"]
#   example: |
#     Resources:
#       Key:
#         Type: AWS::KMS::Key
#         Properties:
#           KeyPolicy: {}
package verdict.cloudformation.kms_rotation

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("KMS key %q does not enable automatic key rotation", [r.name]),
	"path": finding_path(r),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::KMS::Key")
	cfn.never_true(r.properties, "EnableKeyRotation")
	default_or(r.properties, "KeySpec", "SYMMETRIC_DEFAULT")
	default_or(r.properties, "Origin", "AWS_KMS")
}

# The property is absent (so it has its default) or is that default.
default_or(props, key, _) if cfn.never_true(props, key)

default_or(props, key, expected) if cfn.value(props[key]) == expected

finding_path(r) := array.concat(r.path, ["EnableKeyRotation"]) if "EnableKeyRotation" in object.keys(r.properties)

else := r.path
