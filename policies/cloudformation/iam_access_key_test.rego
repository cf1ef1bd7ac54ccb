package verdict.cloudformation.iam_access_key_test

import data.verdict.cloudformation.iam_access_key as ak
import rego.v1

key(props) := {"Resources": {"K": {"Type": "AWS::IAM::AccessKey", "Properties": object.union({"UserName": {"Ref": "U"}}, props)}}}

test_access_key_fires if {
	some r in ak.deny with input as key({})
	r.path == ["Resources", "K", "Properties"]
	count(ak.deny) == 1 with input as key({"Status": "Active"})
}

test_inactive_passes if {
	count(ak.deny) == 0 with input as key({"Status": "Inactive"})
	count(ak.deny) == 0 with input as {"Resources": {"U": {"Type": "AWS::IAM::User", "Properties": {}}}}
}

test_unknown_passes if {
	count(ak.deny) == 0 with input as key({"Status": {"Ref": "KeyStatus"}})
	count(ak.deny) == 0 with input as key({"Status": {"Fn::If": ["On", "Active", "Inactive"]}})
}
