package verdict.cloudformation.lambda_deprecated_runtime_test

import data.verdict.cloudformation.lambda_deprecated_runtime as rt
import rego.v1

fn(runtime) := {"Resources": {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Runtime": runtime, "Handler": "index.handler"}}}}

test_deprecated_fires if {
	some r in rt.deny with input as fn("python3.7")
	r.path == ["Resources", "Fn", "Properties", "Runtime"]
	r.resource == "Fn"
	count(rt.deny) == 1 with input as fn("nodejs12.x")
	count(rt.deny) == 1 with input as fn("go1.x")
}

test_supported_passes if {
	count(rt.deny) == 0 with input as fn("python3.13")
	count(rt.deny) == 0 with input as fn("nodejs22.x")
	count(rt.deny) == 0 with input as fn("provided.al2023")
	count(rt.deny) == 0 with input as {"Resources": {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"PackageType": "Image"}}}}
}

test_unknown_passes if {
	count(rt.deny) == 0 with input as fn({"Ref": "Runtime"})
	count(rt.deny) == 0 with input as fn({"Fn::If": ["Old", "python3.7", "python3.12"]})
}

test_tunable if {
	count(rt.deny) == 1 with input as fn("python3.10") with data.verdict.config.lambda_deprecated_runtimes as ["python3.10"]
	count(rt.deny) == 0 with input as fn("python3.7") with data.verdict.config.lambda_deprecated_runtimes as ["python3.10"]
}
