package verdict.cloudformation.vpc_flow_logs_test

import data.verdict.cloudformation.vpc_flow_logs as fl
import rego.v1

vpc := {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}}

flow(id) := {"Log": {"Type": "AWS::EC2::FlowLog", "Properties": {"ResourceType": "VPC", "ResourceId": id, "TrafficType": "ALL"}}}

test_no_flow_log_fires if {
	some r in fl.deny with input as {"Resources": vpc}
	r.path == ["Resources", "Vpc", "Properties"]
	r.resource == "Vpc"
}

test_flow_log_of_other_vpc_fires if {
	tmpl := {"Resources": object.union(object.union(vpc, flow({"Ref": "Other"})), {"Other": {"Type": "AWS::EC2::VPC", "Properties": {}}})}
	count(fl.deny) == 1 with input as tmpl
}

test_flow_log_passes if {
	count(fl.deny) == 0 with input as {"Resources": object.union(vpc, flow({"Ref": "Vpc"}))}
	count(fl.deny) == 0 with input as {"Resources": object.union(vpc, flow({"Fn::GetAtt": ["Vpc", "VpcId"]}))}
}

test_unknown_passes if {
	count(fl.deny) == 0 with input as {"Resources": object.union(vpc, flow({"Ref": "VpcIdParam"}))}
	count(fl.deny) == 0 with input as {"Resources": object.union(vpc, flow({"Fn::ImportValue": "vpc"}))}
}

test_module_is_unknown if {
	count(fl.deny) == 0 with input as {"Resources": object.union(vpc, {"Logs": {"Type": "Acme::Network::FlowLogs::MODULE", "Properties": {"Vpc": {"Ref": "Vpc"}}}})}
	count(fl.deny) == 0 with input as {"Resources": object.union(vpc, {"Logs": {"Type": "flow-logs.yaml", "Properties": {}}})}
	count(fl.deny) == 1 with input as {"Resources": object.union(vpc, {"Hook": {"Type": "Custom::Thing", "Properties": {}}})}
}
