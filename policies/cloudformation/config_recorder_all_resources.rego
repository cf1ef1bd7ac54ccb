# METADATA
# title: AWS Config recorder does not record all resource types
# description: >-
#   An `AWS::Config::ConfigurationRecorder` whose `RecordingGroup` sets
#   `AllSupported: false` (with a `ResourceTypes` list) or a
#   `RecordingStrategy` of `INCLUSION_BY_RESOURCE_TYPES` or
#   `EXCLUSION_BY_RESOURCE_TYPES` records only some resources, so changes to
#   the others leave no configuration history and escape Config rules. A
#   recorder without `RecordingGroup` records all supported types and is not
#   reported; whether global (IAM) resources are recorded is not checked,
#   since they need recording in one region only.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-config-configurationrecorder-recordinggroup.html
#   - https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html
# custom:
#   id: VD-CFN-032
#   severity: medium
#   remediation: >-
#     Set `RecordingGroup: {AllSupported: true, IncludeGlobalResourceTypes:
#     true}` (global types in one region), and drop `ResourceTypes` and the
#     inclusion/exclusion `RecordingStrategy`.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["3.3"]
#     AWS-FSBP: ["Config.1"]
#     NIST-800-53: ["CM-8"]
#   example: |
#     Resources:
#       Recorder:
#         Type: AWS::Config::ConfigurationRecorder
#         Properties:
#           RoleARN: !GetAtt ConfigRole.Arn
#           RecordingGroup:
#             AllSupported: false
#             ResourceTypes: ["AWS::EC2::Instance"]
package verdict.cloudformation.config_recorder_all_resources

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("AWS Config recorder %q does not record all supported resource types", [r.name]),
	"path": array.concat(r.path, ["RecordingGroup", "AllSupported"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::Config::ConfigurationRecorder")
	group := cfn.value(r.properties.RecordingGroup)
	is_object(group)
	p.always_false(group, "AllSupported")
}

deny contains {
	"msg": sprintf("AWS Config recorder %q records by a resource type list (%s)", [r.name, strategy]),
	"path": array.concat(r.path, ["RecordingGroup", "RecordingStrategy", "UseOnly"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::Config::ConfigurationRecorder")
	group := cfn.value(r.properties.RecordingGroup)
	strategy := cfn.value(cfn.value(group.RecordingStrategy).UseOnly)
	strategy in {"INCLUSION_BY_RESOURCE_TYPES", "EXCLUSION_BY_RESOURCE_TYPES"}
	not p.always_false(group, "AllSupported")
}
