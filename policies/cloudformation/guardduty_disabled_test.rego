package verdict.cloudformation.guardduty_disabled_test

import data.verdict.cloudformation.guardduty_disabled as gd
import rego.v1

detector(enable) := {"Resources": {"D": {"Type": "AWS::GuardDuty::Detector", "Properties": {"Enable": enable}}}}

test_disabled_fires if {
	some r in gd.deny with input as detector(false)
	r.path == ["Resources", "D", "Properties", "Enable"]
	count(gd.deny) == 1 with input as detector("false")
}

test_enabled_passes if {
	count(gd.deny) == 0 with input as detector(true)
}

test_unknown_passes if {
	count(gd.deny) == 0 with input as detector({"Ref": "Enable"})
	count(gd.deny) == 0 with input as detector({"Fn::If": ["On", true, false]})
}
