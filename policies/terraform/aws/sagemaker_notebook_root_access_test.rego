package verdict.terraform.aws.sagemaker_notebook_root_access_test

import data.verdict.terraform.aws.sagemaker_notebook_root_access
import rego.v1

res(body) := {"resource": {"aws_sagemaker_notebook_instance": {"x": [object.union({"name": "lab", "role_arn": "r", "instance_type": "ml.t3.medium"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in sagemaker_notebook_root_access.deny] with input as res({})
	r.path == ["resource", "aws_sagemaker_notebook_instance", "x", 0]
	r.resource == "aws_sagemaker_notebook_instance.x"
}

test_fires_1 if {
	[r] := [x | some x in sagemaker_notebook_root_access.deny] with input as res({"root_access": "Enabled"})
	r.path == ["resource", "aws_sagemaker_notebook_instance", "x", 0, "root_access"]
	r.resource == "aws_sagemaker_notebook_instance.x"
}

test_passes_0 if {
	count(sagemaker_notebook_root_access.deny) == 0 with input as res({"root_access": "Disabled"})
}

test_unknown_passes_0 if {
	count(sagemaker_notebook_root_access.deny) == 0 with input as res({"root_access": "${var.root_access}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_sagemaker_notebook_instance.x", "mode": "managed", "type": "aws_sagemaker_notebook_instance", "name": "x", "values": {"name": "lab", "root_access": "Enabled", "direct_internet_access": "Enabled"}}]}}}
	count(sagemaker_notebook_root_access.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_sagemaker_notebook_instance.x", "mode": "managed", "type": "aws_sagemaker_notebook_instance", "name": "x", "values": {"name": "lab", "root_access": "Disabled"}}]}}}
	count(sagemaker_notebook_root_access.deny) == 0 with input as inp
}
