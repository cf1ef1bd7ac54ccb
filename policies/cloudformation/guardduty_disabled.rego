# METADATA
# title: GuardDuty detector disabled
# description: >-
#   An `AWS::GuardDuty::Detector` with `Enable: false` analyses nothing:
#   credential misuse, crypto-mining, reconnaissance and malware in the
#   account go undetected. Only an explicit false (or a parameter defaulting
#   to it) is reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-guardduty-detector.html#cfn-guardduty-detector-enable
#   - https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html
# custom:
#   id: VD-CFN-033
#   severity: medium
#   remediation: >-
#     Set `Enable: true` on the detector (and route its findings to Security
#     Hub or an EventBridge rule that alerts someone).
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["GuardDuty.1"]
#     NIST-800-53: ["SI-4"]
#   example: |
#     Resources:
#       Detector:
#         Type: AWS::GuardDuty::Detector
#         Properties:
#           Enable: false
package verdict.cloudformation.guardduty_disabled

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("GuardDuty detector %q is disabled", [r.name]),
	"path": array.concat(r.path, ["Enable"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::GuardDuty::Detector")
	p.always_false(r.properties, "Enable")
}
