# METADATA
# title: EKS node group opens SSH to the internet
# description: >-
#   An `AWS::EKS::Nodegroup` whose `RemoteAccess` names an `Ec2SshKey` but no
#   `SourceSecurityGroups` makes EKS open port 22 on the worker nodes to
#   0.0.0.0/0, exposing every node to SSH brute force and exploitation from
#   anywhere. Reported at `RemoteAccess`; a key or groups that depend on a
#   condition or an unresolved parameter are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-nodegroup-remoteaccess.html
#   - https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html
# custom:
#   id: VD-CFN-057
#   severity: high
#   remediation: >-
#     Add `SourceSecurityGroups` (a bastion's or admin network's security
#     group) to `RemoteAccess`, or drop `RemoteAccess` and reach the nodes
#     through SSM Session Manager.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AC-17", "SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     Resources:
#       Nodes:
#         Type: AWS::EKS::Nodegroup
#         Properties:
#           ClusterName: main
#           NodeRole: arn:aws:iam::123456789012:role/nodes
#           Subnets: [subnet-1]
#           RemoteAccess:
#             Ec2SshKey: ops
package verdict.cloudformation.eks_nodegroup_remote_access

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("EKS node group %q allows SSH with key %q from 0.0.0.0/0 (RemoteAccess has no SourceSecurityGroups)", [r.name, key.value]),
	"path": array.concat(r.path, ["RemoteAccess"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::EKS::Nodegroup")
	key := w.get(r.properties, ["RemoteAccess", "Ec2SshKey"])
	is_string(key.value)
	groups := w.get(r.properties, ["RemoteAccess", "SourceSecurityGroups"])
	no_groups(groups)
}

no_groups(c) if c.absent == true

no_groups(c) if c.value == []
