package verdict.lib.cloudformation_platform_test

import data.verdict.lib.cloudformation_platform as p
import data.verdict.lib.cloudformation_platform_sets as sets
import rego.v1

test_refers_to if {
	p.refers_to({"Ref": "Vpc"}, "Vpc")
	p.refers_to({"Fn::GetAtt": ["Vpc", "VpcId"]}, "Vpc")
	p.refers_to({"Fn::GetAtt": "Vpc.VpcId"}, "Vpc")
	not p.refers_to({"Fn::GetAtt": "VpcB.VpcId"}, "Vpc")
	not p.refers_to("Vpc", "Vpc")
}

test_resolvable_ref if {
	p.resolvable_ref({"Ref": "Vpc"}) with input as {"Resources": {"Vpc": {"Type": "AWS::EC2::VPC"}}}
	not p.resolvable_ref({"Ref": "VpcParam"}) with input as {"Resources": {"Vpc": {"Type": "AWS::EC2::VPC"}}}
}

test_text if {
	p.text("abc") == "abc"
	p.text({"Fn::Sub": "arn:${AWS::Partition}:s3:::x"}) == "arn:${AWS::Partition}:s3:::x"
	p.text({"Fn::Sub": ["arn:${P}:s3:::x", {"P": "aws"}]}) == "arn:${P}:s3:::x"
	p.text({"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::x"]]}) == "arn:${}:s3:::x"
	not p.text({"Ref": "X"})
}

test_values if {
	p.values(["a", {"Ref": "X"}, "b"]) == {"a", "b"}
	p.values("a") == {"a"}
	p.values({"Ref": "X"}) == set()
}

test_absent_and_false if {
	p.absent({}, "K")
	p.absent({"K": {"Ref": "AWS::NoValue"}}, "K")
	not p.absent({"K": {"Fn::If": ["C", 1, {"Ref": "AWS::NoValue"}]}}, "K")
	p.always_false({"K": "False"}, "K")
	not p.always_false({}, "K")
	not p.always_false({"K": {"Fn::If": ["C", true, false]}}, "K")
}

test_any_principal if {
	p.any_principal({"Principal": "*"})
	p.any_principal({"Principal": {"AWS": "*"}})
	p.any_principal({"Principal": {"AWS": ["arn:aws:iam::1:root", "*"]}})
	not p.any_principal({"Principal": {"Service": "s3.amazonaws.com"}})
	not p.any_principal({"Principal": {"Ref": "P"}})
}

test_opaque_resources if {
	sets.opaque_resources with input as {"Resources": {"M": {"Type": "Acme::Net::Logs::MODULE"}}}
	not sets.opaque_resources with input as {"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}
}

test_opaque_types if {
	p.opaque("Acme::Net::Logs::MODULE")
	p.opaque("bucket-policy.yaml")
	not p.opaque("AWS::S3::Bucket")
	not p.opaque("Custom::Thing")
	not p.opaque("AWS::Serverless::Function")
}

test_port_range_and_protocol if {
	p.port_range({"FromPort": "22", "ToPort": 23}, "FromPort", "ToPort") == {"from": 22, "to": 23}
	p.protocol({"IpProtocol": -1}, "IpProtocol") == "-1"
	p.protocol({"IpProtocol": "TCP"}, "IpProtocol") == "tcp"
	p.all_protocols("all")
	p.tcp_udp("17")
}
