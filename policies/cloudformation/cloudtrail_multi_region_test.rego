package verdict.cloudformation.cloudtrail_multi_region_test

import data.verdict.cloudformation.cloudtrail_multi_region as ct
import rego.v1

trail(props) := {"Resources": {"Trail": {"Type": "AWS::CloudTrail::Trail", "Properties": object.union({"IsLogging": true, "S3BucketName": "logs"}, props)}}}

test_default_single_region_fires if {
	some r in ct.deny with input as trail({})
	r.path == ["Resources", "Trail", "Properties"]
	r.resource == "Trail"
}

test_explicit_false_fires if {
	some r in ct.deny with input as trail({"IsMultiRegionTrail": false})
	r.path == ["Resources", "Trail", "Properties", "IsMultiRegionTrail"]
}

test_multi_region_passes if {
	count(ct.deny) == 0 with input as trail({"IsMultiRegionTrail": true})
	count(ct.deny) == 0 with input as trail({"IsMultiRegionTrail": {"Ref": "MultiRegion"}})
}
