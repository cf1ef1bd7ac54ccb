# METADATA
# title: Redshift cluster publicly accessible
# description: >-
#   `PubliclyAccessible: true` on an `AWS::Redshift::Cluster` gives the data
#   warehouse a public endpoint reachable from the Internet wherever its
#   security groups allow. Only an explicit true (or a parameter defaulting
#   to it) is reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html#cfn-redshift-cluster-publiclyaccessible
#   - https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
# custom:
#   id: VD-CFN-045
#   severity: high
#   remediation: >-
#     Set `PubliclyAccessible: false` and place the cluster in private subnets
#     (`ClusterSubnetGroupName`); reach it through a VPN, a bastion or the
#     Redshift Data API.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["Redshift.1"]
#     NIST-800-53: ["AC-3", "SC-7"]
#   example: |
#     Resources:
#       Warehouse:
#         Type: AWS::Redshift::Cluster
#         Properties:
#           ClusterType: single-node
#           NodeType: ra3.xlplus
#           DBName: dw
#           MasterUsername: admin
#           ManageMasterPassword: true
#           PubliclyAccessible: true
package verdict.cloudformation.redshift_public

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("Redshift cluster %q is publicly accessible", [r.name]),
	"path": array.concat(r.path, ["PubliclyAccessible"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::Redshift::Cluster")
	cfn.always_true(r.properties.PubliclyAccessible)
}
