package verdict.cloudformation.ecr_public_policy_test

import data.verdict.cloudformation.ecr_public_policy as ecr
import rego.v1

repo(statement) := {"Resources": {"Repo": {"Type": "AWS::ECR::Repository", "Properties": {"RepositoryPolicyText": {"Version": "2012-10-17", "Statement": [
	{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "ecr:*"},
	object.union({"Effect": "Allow", "Action": ["ecr:BatchGetImage"]}, statement),
]}}}}}

test_public_statement_fires if {
	some r in ecr.deny with input as repo({"Principal": "*"})
	r.path == ["Resources", "Repo", "Properties", "RepositoryPolicyText", "Statement", 1, "Principal"]
	r.resource == "Repo"
	count(ecr.deny) == 1 with input as repo({"Principal": {"AWS": "*"}})
	count(ecr.deny) == 1 with input as repo({"Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]}})
	single := {"Resources": {"Repo": {"Type": "AWS::ECR::Repository", "Properties": {"RepositoryPolicyText": {"Statement": {"Effect": "Allow", "Principal": "*", "Action": "ecr:*"}}}}}}
	some s in ecr.deny with input as single
	s.path == ["Resources", "Repo", "Properties", "RepositoryPolicyText", "Statement", "Principal"]
}

test_restricted_passes if {
	count(ecr.deny) == 0 with input as repo({"Principal": {"AWS": "arn:aws:iam::444455556666:root"}})
	count(ecr.deny) == 0 with input as repo({"Principal": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-123"}}})
	count(ecr.deny) == 0 with input as repo({"Principal": "*", "Effect": "Deny"})
}

test_unknown_passes if {
	count(ecr.deny) == 0 with input as repo({"Principal": {"AWS": {"Ref": "Consumer"}}})
	count(ecr.deny) == 0 with input as repo({"Principal": {"Fn::If": ["Open", "*", {"AWS": "arn:aws:iam::1:root"}]}})
}

test_json_string_policy if {
	text := "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"ecr:*\"}]}"
	tmpl := {"Resources": {"Repo": {"Type": "AWS::ECR::Repository", "Properties": {"RepositoryPolicyText": text}}}}
	some r in ecr.deny with input as tmpl
	r.path == ["Resources", "Repo", "Properties", "RepositoryPolicyText"]
	bad := {"Resources": {"Repo": {"Type": "AWS::ECR::Repository", "Properties": {"RepositoryPolicyText": "{not json"}}}}
	count(ecr.deny) == 0 with input as bad
}
