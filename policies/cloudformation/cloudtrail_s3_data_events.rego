# METADATA
# title: CloudTrail trail does not log S3 object-level events
# description: >-
#   An `AWS::CloudTrail::Trail` whose `EventSelectors` have no `DataResources`
#   of `Type: AWS::S3::Object`, and whose `AdvancedEventSelectors` select no
#   `resources.type` `AWS::S3::Object`, records bucket-level management
#   events only: who read, wrote or deleted which object is never logged, so
#   data exfiltration and tampering cannot be traced. Selectors that cannot
#   be evaluated (intrinsics) are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudtrail-trail-eventselector.html
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html
# custom:
#   id: VD-CFN-029
#   severity: low
#   remediation: >-
#     Add `EventSelectors: [{ReadWriteType: All, IncludeManagementEvents:
#     true, DataResources: [{Type: AWS::S3::Object, Values:
#     ["arn:aws:s3"]}]}]` (all buckets) or the ARNs of the buckets that hold
#     sensitive data.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["3.8", "3.9"]
#     NIST-800-53: ["AU-2", "AU-12"]
#   example: |
#     Resources:
#       Trail:
#         Type: AWS::CloudTrail::Trail
#         Properties:
#           IsLogging: true
#           S3BucketName: audit-logs
package verdict.cloudformation.cloudtrail_s3_data_events

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q does not log S3 object-level (data) events", [r.name]),
	"path": finding_path(r),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::CloudTrail::Trail")
	every key in ["EventSelectors", "AdvancedEventSelectors"] {
		evaluable(r.properties, key)
	}
	not s3_objects(r.properties)
}

finding_path(r) := array.concat(r.path, ["EventSelectors"]) if "EventSelectors" in object.keys(r.properties)

else := array.concat(r.path, ["AdvancedEventSelectors"]) if "AdvancedEventSelectors" in object.keys(r.properties)

else := r.path

# Absent, or a list of plain selector objects.
evaluable(props, key) if p.absent(props, key)

evaluable(props, key) if {
	selectors := props[key]
	is_array(selectors)
	every s in selectors {
		is_object(s)
		not cfn.intrinsic(s)
	}
}

s3_objects(props) if {
	is_array(props.EventSelectors)
	some s in props.EventSelectors
	is_array(s.DataResources)
	some d in s.DataResources
	cfn.value(d.Type) == "AWS::S3::Object"
}

s3_objects(props) if {
	is_array(props.AdvancedEventSelectors)
	some s in props.AdvancedEventSelectors
	is_array(s.FieldSelectors)
	some f in s.FieldSelectors
	cfn.value(f.Field) == "resources.type"
	"AWS::S3::Object" in p.values(f.Equals)
}

# Data resources we cannot read might be S3 objects.
s3_objects(props) if {
	is_array(props.EventSelectors)
	some s in props.EventSelectors
	not is_array(s.DataResources)
	"DataResources" in object.keys(s)
}

s3_objects(props) if {
	is_array(props.EventSelectors)
	some s in props.EventSelectors
	is_array(s.DataResources)
	some d in s.DataResources
	not known_type(d)
}

known_type(d) if is_string(cfn.value(d.Type))
