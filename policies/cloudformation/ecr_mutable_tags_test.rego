package verdict.cloudformation.ecr_mutable_tags_test

import data.verdict.cloudformation.ecr_mutable_tags as ecr
import rego.v1

repo(props) := {"Resources": {"Repo": {"Type": "AWS::ECR::Repository", "Properties": object.union({"RepositoryName": "app"}, props)}}}

test_default_mutable_fires if {
	some r in ecr.deny with input as repo({})
	r.path == ["Resources", "Repo", "Properties"]
	r.resource == "Repo"
	some s in ecr.deny with input as repo({"ImageTagMutability": "MUTABLE"})
	s.path == ["Resources", "Repo", "Properties", "ImageTagMutability"]
}

test_immutable_passes if {
	count(ecr.deny) == 0 with input as repo({"ImageTagMutability": "IMMUTABLE"})
	count(ecr.deny) == 0 with input as repo({"ImageTagMutability": "IMMUTABLE_WITH_EXCLUSION"})
}

test_unknown_passes if {
	count(ecr.deny) == 0 with input as repo({"ImageTagMutability": {"Ref": "Mutability"}})
	count(ecr.deny) == 0 with input as repo({"ImageTagMutability": {"Fn::If": ["Prod", "IMMUTABLE", "MUTABLE"]}})
}
