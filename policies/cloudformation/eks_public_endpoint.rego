# METADATA
# title: EKS cluster API endpoint open to the internet
# description: >-
#   An `AWS::EKS::Cluster` whose `ResourcesVpcConfig` keeps
#   `EndpointPublicAccess` enabled (the default) with `PublicAccessCidrs`
#   containing 0.0.0.0/0 (the default when unset) exposes the Kubernetes API
#   server to the whole internet. Reported at the open CIDR, else at the
#   closest enclosing property; settings that depend on a condition or an
#   unresolved parameter are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-resourcesvpcconfig.html
#   - https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
# custom:
#   id: VD-CFN-056
#   severity: high
#   remediation: >-
#     In `ResourcesVpcConfig`, set `EndpointPrivateAccess: true` and
#     `EndpointPublicAccess: false`, or restrict `PublicAccessCidrs` to the
#     networks that administer the cluster.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["EKS.1"]
#     NIST-800-53: ["SC-7", "AC-3"]
#   example: |
#     Resources:
#       Cluster:
#         Type: AWS::EKS::Cluster
#         Properties:
#           RoleArn: arn:aws:iam::123456789012:role/eks
#           ResourcesVpcConfig:
#             SubnetIds: [subnet-1, subnet-2]
package verdict.cloudformation.eks_public_endpoint

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("EKS cluster %q exposes its API endpoint publicly to 0.0.0.0/0", [r.name]),
	"path": path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::EKS::Cluster")
	public := w.get(r.properties, ["ResourcesVpcConfig", "EndpointPublicAccess"])
	enabled(public)
	some path in open(r)
}

enabled(c) if c.absent == true

enabled(c) if cfn.truthy(c.value)

# Unset or empty: AWS allows 0.0.0.0/0.
open(r) := {w.path_to(r.path, r.properties, ["ResourcesVpcConfig", "PublicAccessCidrs"])} if {
	c := w.get(r.properties, ["ResourcesVpcConfig", "PublicAccessCidrs"])
	unset(c)
} else := {array.concat(r.path, ["ResourcesVpcConfig", "PublicAccessCidrs", i]) |
	some i, cidr in w.list(r.properties.ResourcesVpcConfig.PublicAccessCidrs)
	cfn.value(cidr) == "0.0.0.0/0"
}

unset(c) if c.absent == true

unset(c) if c.value == []
