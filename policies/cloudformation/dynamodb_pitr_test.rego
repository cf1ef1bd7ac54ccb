package verdict.cloudformation.dynamodb_pitr_test

import data.verdict.cloudformation.dynamodb_pitr as pitr
import rego.v1

table(props) := {"Resources": {"T": {"Type": "AWS::DynamoDB::Table", "Properties": object.union({"BillingMode": "PAY_PER_REQUEST"}, props)}}}

test_no_pitr_fires if {
	some r in pitr.deny with input as table({})
	r.path == ["Resources", "T", "Properties"]
	some s in pitr.deny with input as table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": false}})
	s.path == ["Resources", "T", "Properties", "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"]
	some t in pitr.deny with input as table({"PointInTimeRecoverySpecification": {}})
	t.path == ["Resources", "T", "Properties", "PointInTimeRecoverySpecification"]
}

test_pitr_passes if {
	count(pitr.deny) == 0 with input as table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": true}})
	count(pitr.deny) == 0 with input as table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": "true"}})
}

test_unknown_passes if {
	count(pitr.deny) == 0 with input as table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": {"Ref": "Pitr"}}})
	count(pitr.deny) == 0 with input as table({"PointInTimeRecoverySpecification": {"Fn::If": ["Prod", {"PointInTimeRecoveryEnabled": true}, {"Ref": "AWS::NoValue"}]}})
}
