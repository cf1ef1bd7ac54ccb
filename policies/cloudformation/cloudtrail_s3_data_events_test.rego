package verdict.cloudformation.cloudtrail_s3_data_events_test

import data.verdict.cloudformation.cloudtrail_s3_data_events as de
import rego.v1

trail(props) := {"Resources": {"T": {"Type": "AWS::CloudTrail::Trail", "Properties": object.union({"IsLogging": true, "S3BucketName": "logs"}, props)}}}

test_no_data_events_fires if {
	some r in de.deny with input as trail({})
	r.path == ["Resources", "T", "Properties"]
	some s in de.deny with input as trail({"EventSelectors": [{"ReadWriteType": "All", "DataResources": [{"Type": "AWS::Lambda::Function", "Values": ["arn:aws:lambda"]}]}]})
	s.path == ["Resources", "T", "Properties", "EventSelectors"]
	some t in de.deny with input as trail({"AdvancedEventSelectors": [{"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]}]})
	t.path == ["Resources", "T", "Properties", "AdvancedEventSelectors"]
}

test_s3_data_events_pass if {
	count(de.deny) == 0 with input as trail({"EventSelectors": [{"ReadWriteType": "All", "DataResources": [{"Type": "AWS::S3::Object", "Values": ["arn:aws:s3"]}]}]})
	count(de.deny) == 0 with input as trail({"AdvancedEventSelectors": [{"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "resources.type", "Equals": ["AWS::S3::Object"]}]}]})
}

test_unknown_passes if {
	count(de.deny) == 0 with input as trail({"EventSelectors": {"Ref": "Selectors"}})
	count(de.deny) == 0 with input as trail({"EventSelectors": [{"Fn::If": ["Data", {"DataResources": []}, {"Ref": "AWS::NoValue"}]}]})
	count(de.deny) == 0 with input as trail({"EventSelectors": [{"DataResources": [{"Type": {"Ref": "DataType"}}]}]})
	count(de.deny) == 0 with input as trail({"EventSelectors": [{"DataResources": {"Ref": "Data"}}]})
}
