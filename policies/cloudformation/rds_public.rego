# METADATA
# title: RDS database publicly accessible
# description: >-
#   `PubliclyAccessible: true` on an `AWS::RDS::DBInstance` (or a Multi-AZ
#   `AWS::RDS::DBCluster`) gives the database a public DNS name and address
#   reachable from the Internet wherever its security groups allow; databases
#   belong in private subnets. Only an explicit `true` (or a parameter that
#   defaults to it) is reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-publiclyaccessible
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
# custom:
#   id: VD-CFN-006
#   severity: high
#   remediation: >-
#     Set `PubliclyAccessible: false` and place the database in private
#     subnets (`DBSubnetGroupName`); reach it through a bastion, VPN or
#     application tier.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["2.3.3"]
#     AWS-FSBP: ["RDS.2"]
#     NIST-800-53: ["AC-3", "SC-7"]
#     PCI-DSS-4.0: ["1.4.4"]
#   example: |
#     Resources:
#       Db:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.micro
#           PubliclyAccessible: true
package verdict.cloudformation.rds_public

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("%s %q is publicly accessible", [trim_prefix(r.type, "AWS::RDS::"), r.name]),
	"path": array.concat(r.path, ["PubliclyAccessible"]),
	"resource": r.name,
} if {
	some r in cfn.resources
	r.type in {"AWS::RDS::DBInstance", "AWS::RDS::DBCluster"}
	cfn.always_true(r.properties.PubliclyAccessible)
}
