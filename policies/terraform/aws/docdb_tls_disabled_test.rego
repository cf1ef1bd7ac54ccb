package verdict.terraform.aws.docdb_tls_disabled_test

import data.verdict.terraform.aws.docdb_tls_disabled
import rego.v1

res(body) := {"resource": {"aws_docdb_cluster_parameter_group": {"x": [object.union({"family": "docdb5.0", "name": "docs"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in docdb_tls_disabled.deny] with input as res({"parameter": [{"name": "audit_logs", "value": "enabled"}, {"name": "tls", "value": "disabled"}]})
	r.path == ["resource", "aws_docdb_cluster_parameter_group", "x", 0, "parameter", 1, "value"]
	r.resource == "aws_docdb_cluster_parameter_group.x"
}

test_passes_0 if {
	count(docdb_tls_disabled.deny) == 0 with input as res({})
}

test_passes_1 if {
	count(docdb_tls_disabled.deny) == 0 with input as res({"parameter": [{"name": "tls", "value": "enabled"}]})
}

test_unknown_passes_0 if {
	count(docdb_tls_disabled.deny) == 0 with input as res({"parameter": [{"name": "tls", "value": "${var.tls}"}]})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_docdb_cluster_parameter_group.x", "mode": "managed", "type": "aws_docdb_cluster_parameter_group", "name": "x", "values": {"family": "docdb5.0", "name": "d", "parameter": [{"name": "tls", "value": "disabled", "apply_method": "pending-reboot"}]}}]}}}
	count(docdb_tls_disabled.deny) == 1 with input as inp
}
