package verdict.cloudformation.config_recorder_all_resources_test

import data.verdict.cloudformation.config_recorder_all_resources as cr
import rego.v1

recorder(props) := {"Resources": {"R": {"Type": "AWS::Config::ConfigurationRecorder", "Properties": object.union({"RoleARN": {"Fn::GetAtt": ["Role", "Arn"]}}, props)}}}

test_selected_types_fire if {
	some r in cr.deny with input as recorder({"RecordingGroup": {"AllSupported": false, "ResourceTypes": ["AWS::EC2::Instance"]}})
	r.path == ["Resources", "R", "Properties", "RecordingGroup", "AllSupported"]
	some s in cr.deny with input as recorder({"RecordingGroup": {"ExclusionByResourceTypes": {"ResourceTypes": ["AWS::EC2::Volume"]}, "RecordingStrategy": {"UseOnly": "EXCLUSION_BY_RESOURCE_TYPES"}}})
	s.path == ["Resources", "R", "Properties", "RecordingGroup", "RecordingStrategy", "UseOnly"]
}

test_all_supported_passes if {
	count(cr.deny) == 0 with input as recorder({})
	count(cr.deny) == 0 with input as recorder({"RecordingGroup": {"AllSupported": true, "IncludeGlobalResourceTypes": true}})
	count(cr.deny) == 0 with input as recorder({"RecordingGroup": {"AllSupported": true, "RecordingStrategy": {"UseOnly": "ALL_SUPPORTED_RESOURCE_TYPES"}}})
}

test_unknown_passes if {
	count(cr.deny) == 0 with input as recorder({"RecordingGroup": {"AllSupported": {"Ref": "All"}}})
	count(cr.deny) == 0 with input as recorder({"RecordingGroup": {"Fn::If": ["All", {"AllSupported": true}, {"AllSupported": false}]}})
}
