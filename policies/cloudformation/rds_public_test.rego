package verdict.cloudformation.rds_public_test

import data.verdict.cloudformation.rds_public
import rego.v1

instance(props) := {"Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": object.union({"Engine": "postgres"}, props)}}}

test_public_instance_fires if {
	some r in rds_public.deny with input as instance({"PubliclyAccessible": true})
	r.path == ["Resources", "Db", "Properties", "PubliclyAccessible"]
	r.resource == "Db"
	count(rds_public.deny) == 1 with input as instance({"PubliclyAccessible": "true"})
}

test_public_cluster_fires if {
	tmpl := {"Resources": {"C": {"Type": "AWS::RDS::DBCluster", "Properties": {"Engine": "mysql", "PubliclyAccessible": true}}}}
	some r in rds_public.deny with input as tmpl
	contains(r.msg, "DBCluster")
}

test_private_or_absent_passes if {
	count(rds_public.deny) == 0 with input as instance({"PubliclyAccessible": false})
	count(rds_public.deny) == 0 with input as instance({})
}

test_parameters_and_conditions if {
	tmpl := object.union(instance({"PubliclyAccessible": {"Ref": "Public"}}), {"Parameters": {"Public": {"Type": "String", "Default": "true"}}})
	count(rds_public.deny) == 1 with input as tmpl
	count(rds_public.deny) == 0 with input as instance({"PubliclyAccessible": {"Ref": "Public"}})
	count(rds_public.deny) == 0 with input as instance({"PubliclyAccessible": {"Fn::If": ["Dev", true, false]}})
	count(rds_public.deny) == 1 with input as instance({"PubliclyAccessible": {"Fn::If": ["Dev", true, "true"]}})
}
