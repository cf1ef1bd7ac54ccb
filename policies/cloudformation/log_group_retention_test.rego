package verdict.cloudformation.log_group_retention_test

import data.verdict.cloudformation.log_group_retention as lr
import rego.v1

group(props) := {"Resources": {"L": {"Type": "AWS::Logs::LogGroup", "Properties": props}}}

test_short_retention_fires if {
	some r in lr.deny with input as group({"RetentionInDays": 7})
	r.path == ["Resources", "L", "Properties", "RetentionInDays"]
	r.msg == "log group \"L\" keeps events for 7 days (less than 365)"
	count(lr.deny) == 1 with input as group({"RetentionInDays": "90"})
}

test_long_or_forever_passes if {
	count(lr.deny) == 0 with input as group({"RetentionInDays": 365})
	count(lr.deny) == 0 with input as group({})
	count(lr.deny) == 0 with input as group({"RetentionInDays": 30}) with data.verdict.config.log_retention_days as 30
}

test_unknown_passes if {
	count(lr.deny) == 0 with input as group({"RetentionInDays": {"Ref": "Days"}})
	count(lr.deny) == 0 with input as group({"RetentionInDays": {"Fn::If": ["Prod", 400, 7]}})
}
