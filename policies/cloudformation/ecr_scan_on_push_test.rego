package verdict.cloudformation.ecr_scan_on_push_test

import data.verdict.cloudformation.ecr_scan_on_push as ecr
import rego.v1

repo(props) := {"Resources": {"Repo": {"Type": "AWS::ECR::Repository", "Properties": object.union({"RepositoryName": "app"}, props)}}}

test_no_scanning_fires if {
	some r in ecr.deny with input as repo({})
	r.path == ["Resources", "Repo", "Properties"]
	r.resource == "Repo"
	some s in ecr.deny with input as repo({"ImageScanningConfiguration": {"ScanOnPush": "false"}})
	s.path == ["Resources", "Repo", "Properties", "ImageScanningConfiguration", "ScanOnPush"]
}

test_scan_on_push_passes if {
	count(ecr.deny) == 0 with input as repo({"ImageScanningConfiguration": {"ScanOnPush": true}})
	t := {"Resources": {
		"Repo": {"Type": "AWS::ECR::Repository", "Properties": {}},
		"Scanning": {"Type": "AWS::ECR::RegistryScanningConfiguration", "Properties": {"ScanType": "ENHANCED", "Rules": []}},
	}}
	count(ecr.deny) == 0 with input as t
}

test_unknown_passes if {
	count(ecr.deny) == 0 with input as repo({"ImageScanningConfiguration": {"ScanOnPush": {"Ref": "Scan"}}})
	count(ecr.deny) == 0 with input as repo({"ImageScanningConfiguration": {"Fn::If": ["Scan", {"ScanOnPush": true}, {}]}})
}
