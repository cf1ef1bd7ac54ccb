# Package-level sets of the CloudFormation platform rules, kept apart from
# the helper functions of `cloudformation_platform`: regorus 0.14.1 can
# mis-evaluate a helper function of a package after a package-level rule of
# that package was read in the same query (see policies/README.md).
package verdict.lib.cloudformation_platform_sets

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

# Every identity-based IAM policy document: those of the shared library
# (`cfn.policy_documents`) and the inline policy resources
# `AWS::IAM::RolePolicy`, `AWS::IAM::UserPolicy` and `AWS::IAM::GroupPolicy`,
# which it does not read.
identity_policies contains d if some d in cfn.policy_documents

identity_policies contains d if {
	some r in cfn.resources
	r.type in {"AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy"}
	is_object(r.properties.PolicyDocument)
	d := {
		"resource": r.name,
		"document": r.properties.PolicyDocument,
		"path": array.concat(r.path, ["PolicyDocument"]),
	}
}

# Security group rules as {what, resource, rule, path, direction}.
sg_rules contains {"what": "security group", "resource": r.name, "rule": rule, "path": array.concat(r.path, [key, i]), "direction": dir} if {
	some r in cfn.of_type("AWS::EC2::SecurityGroup")
	some key, dir in {"SecurityGroupIngress": "ingress", "SecurityGroupEgress": "egress"}
	is_array(r.properties[key])
	some i, rule in r.properties[key]
	is_object(rule)
}

sg_rules contains {"what": "security group ingress", "resource": r.name, "rule": r.properties, "path": r.path, "direction": "ingress"} if {
	some r in cfn.of_type("AWS::EC2::SecurityGroupIngress")
}

sg_rules contains {"what": "security group egress", "resource": r.name, "rule": r.properties, "path": r.path, "direction": "egress"} if {
	some r in cfn.of_type("AWS::EC2::SecurityGroupEgress")
}

# The template has a resource we cannot see into: a module
# (`Org::Service::Name::MODULE`) or a type that is not a CloudFormation type
# at all (a `!Rain::Module` kept as its file name). It may create the flow
# log, bucket policy or rotation schedule a rule looks for.
opaque_resources if {
	some r in cfn.resources
	p.opaque(r.type)
}
