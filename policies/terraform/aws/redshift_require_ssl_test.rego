package verdict.terraform.aws.redshift_require_ssl_test

import data.verdict.terraform.aws.redshift_require_ssl
import rego.v1

res(body) := {"resource": {"aws_redshift_parameter_group": {"x": [object.union({"name": "dw", "family": "redshift-1.0"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in redshift_require_ssl.deny] with input as res({})
	r.path == ["resource", "aws_redshift_parameter_group", "x", 0]
	r.resource == "aws_redshift_parameter_group.x"
}

test_fires_1 if {
	[r] := [x | some x in redshift_require_ssl.deny] with input as res({"parameter": [{"name": "enable_user_activity_logging", "value": "true"}, {"name": "require_ssl", "value": "false"}]})
	r.path == ["resource", "aws_redshift_parameter_group", "x", 0, "parameter", 1, "value"]
	r.resource == "aws_redshift_parameter_group.x"
}

test_passes_0 if {
	count(redshift_require_ssl.deny) == 0 with input as res({"parameter": [{"name": "require_ssl", "value": "true"}]})
}

test_passes_1 if {
	count(redshift_require_ssl.deny) == 0 with input as res({"parameter": [{"name": "require_ssl", "value": true}]})
}

test_unknown_passes_0 if {
	count(redshift_require_ssl.deny) == 0 with input as res({"parameter": [{"name": "require_ssl", "value": "${var.require_ssl}"}]})
}

test_unknown_passes_1 if {
	count(redshift_require_ssl.deny) == 0 with input as res({"dynamic": {"parameter": [{"for_each": "${var.parameters}"}]}})
}

test_unknown_passes_2 if {
	count(redshift_require_ssl.deny) == 0 with input as res({"parameter": "${var.parameters}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_redshift_parameter_group.x", "mode": "managed", "type": "aws_redshift_parameter_group", "name": "x", "values": {"name": "dw", "family": "redshift-1.0", "parameter": [{"name": "require_ssl", "value": "true"}]}}]}}}
	count(redshift_require_ssl.deny) == 0 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_redshift_parameter_group.x", "mode": "managed", "type": "aws_redshift_parameter_group", "name": "x", "values": {"name": "dw", "family": "redshift-1.0", "parameter": []}}]}}}
	count(redshift_require_ssl.deny) == 1 with input as inp
}
