package verdict.lib.terraform_aws_identity_test

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_identity as id
import rego.v1

# One HCL resource `TYPE.this` with `body`.
hcl(type, body) := {"resource": {type: {"this": [body]}}}

# A plan holding one resource: `values` planned, `expressions` as written.
plan(type, values, expressions) := {
	"planned_values": {"root_module": {"resources": [{
		"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "values": values,
	}]}},
	"configuration": {"root_module": {"resources": [{
		"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "expressions": expressions,
	}]}},
}

# The path to the planned values of `plan`'s resource, then `keys`.
plan_path(keys) := array.concat(["planned_values", "root_module", "resources", 0, "values"], keys)

# A JSON policy document of statements.
doc(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

# An HCL input with one aws_iam_policy_document `name` of `statements`.
document(name, statements) := {"data": {"aws_iam_policy_document": {name: [{"statement": statements}]}}}

test_json_statements_are_normalized if {
	inp := hcl("aws_iam_policy", {"policy": doc([{
		"Effect": "Allow", "Action": "s3:GetObject", "NotResource": ["arn:aws:s3:::a"],
		"Principal": {"AWS": ["arn:aws:iam::123456789012:root"]},
		"Condition": {"Bool": {"aws:SecureTransport": true}},
	}])})
	[st] := [s | some s in id.statements] with input as inp
	st.address == "aws_iam_policy.this"
	st.kinds == {"identity"}
	st.path == ["resource", "aws_iam_policy", "this", 0, "policy"]
	st.actions == ["s3:GetObject"]
	st.not_resources == ["arn:aws:s3:::a"]
	st.principals == [{"type": "AWS", "ids": ["arn:aws:iam::123456789012:root"]}]
	st.conditions == [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["true"]}]
	id.stmt_path(st, "actions") == st.path
}

test_single_statement_object_and_public_principal if {
	inp := hcl("aws_kms_key", {"policy": json.marshal({"Statement": {"Effect": "Allow", "Principal": "*", "Action": "kms:*"}})})
	[st] := [s | some s in id.statements] with input as inp
	st.kinds == {"kms"}
	id.public_principal(st)
	id.unconditioned(st)
	not id.identity_statement(st)
}

test_role_inline_and_trust_policies if {
	inp := hcl("aws_iam_role", {
		"assume_role_policy": doc([{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "ec2.amazonaws.com"}}]),
		"inline_policy": [{"name": "x", "policy": doc([{"Effect": "Allow", "Action": "*", "Resource": "*"}])}],
	})
	sts := id.statements with input as inp
	{[s.kinds, s.path] | some s in sts} == {
		[{"trust"}, ["resource", "aws_iam_role", "this", 0, "assume_role_policy"]],
		[{"identity"}, ["resource", "aws_iam_role", "this", 0, "inline_policy", 0, "policy"]],
	}
}

test_unknown_and_invalid_documents_are_skipped if {
	count(id.statements) == 0 with input as hcl("aws_iam_policy", {"policy": "${data.aws_iam_policy_document.x.json}"})
	count(id.statements) == 0 with input as hcl("aws_iam_policy", {"policy": "{not json"})
	count(id.statements) == 0 with input as hcl("aws_iam_policy", {"policy": doc(["x"])})
}

test_document_statements_and_their_uses if {
	inp := {
		"data": {"aws_iam_policy_document": {
			"trust": [{"statement": [{"actions": ["sts:AssumeRole"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]}],
			"perms": [{"statement": [{"actions": ["s3:*"], "resources": ["*"], "condition": [{"test": "StringEquals", "variable": "aws:RequestedRegion", "values": ["eu-west-1"]}]}]}],
			"inline": [{"statement": [{"effect": "Deny", "not_actions": ["iam:*"], "dynamic": {"condition": [{"for_each": "${var.c}"}]}}]}],
			"free": [{"statement": [{"actions": ["sts:AssumeRoleWithWebIdentity"], "not_principals": [{"type": "AWS", "identifiers": ["x"]}]}]}],
		}},
		"resource": {"aws_iam_role": {"r": [{
			"assume_role_policy": "${data.aws_iam_policy_document.trust.json}",
			"inline_policy": [{"policy": "${data.aws_iam_policy_document.inline.json}"}],
		}]}},
	}
	sts := id.statements with input as inp
	kinds := {s.address: s.kinds | some s in sts}
	kinds == {
		"data.aws_iam_policy_document.trust": {"trust"},
		"data.aws_iam_policy_document.perms": {"document"},
		"data.aws_iam_policy_document.inline": {"identity"},
		"data.aws_iam_policy_document.free": {"document"},
	}
	some perms in sts
	perms.address == "data.aws_iam_policy_document.perms"
	perms.effect == "Allow"
	perms.conditions == [{"test": "StringEquals", "variable": "aws:RequestedRegion", "values": ["eu-west-1"]}]
	id.stmt_path(perms, "actions") == ["data", "aws_iam_policy_document", "perms", 0, "statement", 0, "actions"]
	id.stmt_path(perms, "principals") == ["data", "aws_iam_policy_document", "perms", 0, "statement", 0]
	id.identity_statement(perms)
	some inline in sts
	inline.address == "data.aws_iam_policy_document.inline"
	inline.conditions_unknown
	not id.allows(inline)
	some free in sts
	free.address == "data.aws_iam_policy_document.free"
	free.not_principal
	not id.trust_statement(free)
}

test_trust_documents_by_content if {
	inp := document("t", [{"actions": ["sts:AssumeRoleWithWebIdentity"], "principals": [{"type": "Federated", "identifiers": ["x"]}], "condition": "${local.c}"}])
	[st] := [s | some s in id.statements] with input as inp
	id.trust_statement(st)
	st.conditions_unknown
	not id.unconditioned(st)
}

test_module_data_address if {
	inp := {
		"data": {"aws_iam_policy_document": {"d": [{"statement": [{"actions": ["s3:*"]}]}]}},
		"__verdict__": {"module": "module.m", "addresses": {"data": {"aws_iam_policy_document": {"d": ["module.m.data.aws_iam_policy_document.d[\"a\"]"]}}}},
	}
	[st] := [s | some s in id.statements] with input as inp
	st.address == "module.m.data.aws_iam_policy_document.d[\"a\"]"
}

test_action_patterns if {
	id.action_matches("iam:PassRole", "iam:passrole")
	id.action_matches("IAM:Pass*", "iam:passrole")
	id.action_matches("iam:?assRole", "iam:passrole")
	not id.action_matches("iam:Get*", "iam:passrole")
	not id.action_matches("${var.a}*", "iam:passrole")
	id.service_wildcard("s3:*")
	id.full_wildcard("*")
	not id.full_wildcard("s3:Get*")
}

test_plan_statements if {
	p := plan("aws_iam_policy", {"policy": doc([{"Effect": "Allow", "Action": ["ec2:*"], "Resource": "*"}])}, {})
	[st] := [s | some s in id.statements] with input as p
	st.path == plan_path(["policy"])
	st.address == "aws_iam_policy.this"
}

test_referenced_by if {
	inp := {"resource": {
		"aws_vpc": {"a": [{}], "b": [{}], "c": [{}]},
		"aws_flow_log": {
			"a": [{"vpc_id": "${aws_vpc.a[0].id}"}],
			"lit": [{"vpc_id": "vpc-123"}],
			"ext": [{"vpc_id": "${data.aws_vpc.c.id}"}],
		},
	}}
	vpcs := {r.name: r | some r in tf.of_type("aws_vpc")} with input as inp
	id.referenced_by(vpcs.a, "aws_flow_log", "vpc_id") with input as inp
	not id.referenced_by(vpcs.b, "aws_flow_log", "vpc_id") with input as inp
	not id.referenced_by(vpcs.c, "aws_flow_log", "vpc_id") with input as inp

	# A variable could be any VPC.
	unknown := json.patch(inp, [{"op": "add", "path": "/resource/aws_flow_log/var", "value": [{"vpc_id": "${var.vpc_id}"}]}])
	id.referenced_by(vpcs.b, "aws_flow_log", "vpc_id") with input as unknown
}

test_referenced_by_in_a_plan if {
	p := {
		"planned_values": {"root_module": {"resources": [
			{"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc", "name": "main", "values": {"cidr_block": "10.0.0.0/16"}},
			{"address": "aws_flow_log.main", "mode": "managed", "type": "aws_flow_log", "name": "main", "values": {"traffic_type": "ALL"}},
		]}},
		"configuration": {"root_module": {"resources": [
			{"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc", "name": "main", "expressions": {}},
			{"address": "aws_flow_log.main", "mode": "managed", "type": "aws_flow_log", "name": "main", "expressions": {"vpc_id": {"references": ["aws_vpc.main.id", "aws_vpc.main"]}}},
		]}},
	}
	some vpc in tf.of_type("aws_vpc") with input as p
	id.referenced_by(vpc, "aws_flow_log", "vpc_id") with input as p
}

test_security_group_entries if {
	inp := {"resource": {
		"aws_security_group": {"web": [{"ingress": [{"protocol": "tcp", "from_port": 3000, "to_port": 3400, "cidr_blocks": ["10.0.0.0/8", "0.0.0.0/0"]}], "egress": [{"protocol": "-1", "from_port": 0, "to_port": 0, "ipv6_cidr_blocks": ["::/0"]}]}]},
		"aws_security_group_rule": {"all": [{"type": "ingress", "protocol": "tcp", "from_port": 0, "to_port": 65535, "cidr_blocks": ["0.0.0.0/0"]}]},
		"aws_vpc_security_group_egress_rule": {"out": [{"ip_protocol": "udp", "from_port": 53, "to_port": 53, "cidr_ipv4": "0.0.0.0/0"}]},
	}}
	entries := id.sg_entries with input as inp
	{[x.r.address, x.direction] | some x in entries} == {
		["aws_security_group.web", "ingress"], ["aws_security_group.web", "egress"],
		["aws_security_group_rule.all", "ingress"], ["aws_vpc_security_group_egress_rule.out", "egress"],
	}
	some web in entries
	web.direction == "ingress"
	web.r.type == "aws_security_group"
	id.ports_reached(web, [22, 3306, 3389]) == {3306, 3389}
	id.open_sources(web) == {["0.0.0.0/0", ["resource", "aws_security_group", "web", 0, "ingress", 0, "cidr_blocks", 1]]}
	not id.all_traffic(web)
	some whole in entries
	whole.r.type == "aws_security_group_rule"
	id.all_traffic(whole)
	id.ports_reached(whole, [22]) == set()
	some out in entries
	out.r.type == "aws_vpc_security_group_egress_rule"
	id.open_sources(out) == {["0.0.0.0/0", ["resource", "aws_vpc_security_group_egress_rule", "out", 0, "cidr_ipv4"]]}
}

test_port_lists if {
	id.port_list("db", [1, "2"]) == [1, 2]
	id.port_list("db", [1]) == [5] with data.verdict.config.db as [5]
	id.port_list("db", [1]) == [] with data.verdict.config.db as "x"
	id.port_text({3306, 22}) == "22, 3306"
}
