package verdict.terraform.aws.transfer_ftp_test

import data.verdict.terraform.aws.transfer_ftp as rule
import rego.v1

srv(body) := {"resource": {"aws_transfer_server": {"s": [object.union({"endpoint_type": "VPC"}, body)]}}}

test_ftp_fires if {
	[r] := [x | some x in rule.deny] with input as srv({"protocols": ["FTPS", "FTP"]})
	r.path == ["resource", "aws_transfer_server", "s", 0, "protocols"]
}

test_sftp_default_unknown_pass if {
	count(rule.deny) == 0 with input as srv({"protocols": ["SFTP", "FTPS"]})
	count(rule.deny) == 0 with input as srv({})
	count(rule.deny) == 0 with input as srv({"protocols": "${var.protocols}"})
	count(rule.deny) == 0 with input as srv({"protocols": ["${var.p}"]})
}
