# METADATA
# title: EKS cluster does not encrypt Kubernetes secrets with KMS
# description: >-
#   An `AWS::EKS::Cluster` without an `EncryptionConfig` entry whose
#   `Resources` include `secrets` stores Kubernetes Secrets in etcd with only
#   the default volume encryption; envelope encryption with a KMS key keeps
#   them unreadable without access to that key and lets you audit and revoke
#   its use. A configuration that depends on a condition or an unresolved
#   parameter is not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-encryptionconfig.html
#   - https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html
# custom:
#   id: VD-CFN-054
#   severity: medium
#   remediation: >-
#     Add `EncryptionConfig: [{Resources: [secrets], Provider: {KeyArn:
#     <KMS key ARN>}}]` to the cluster.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["EKS.3"]
#     NIST-800-53: ["SC-12", "SC-28"]
#   example: |
#     Resources:
#       Cluster:
#         Type: AWS::EKS::Cluster
#         Properties:
#           RoleArn: arn:aws:iam::123456789012:role/eks
#           ResourcesVpcConfig:
#             SubnetIds: [subnet-1, subnet-2]
package verdict.cloudformation.eks_secrets_encryption

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("EKS cluster %q does not encrypt Kubernetes secrets with a KMS key", [r.name]),
	"path": w.path_to(r.path, r.properties, ["EncryptionConfig"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::EKS::Cluster")
	configs := w.get(r.properties, ["EncryptionConfig"])
	not encrypts_secrets(configs)
	not unknown(configs)
}

encrypts_secrets(c) if {
	some e in c.value
	some x in w.list(cfn.value(e).Resources)
	cfn.value(x) == "secrets"
}

unknown(c) if c.unknown == true

unknown(c) if {
	c.value
	not is_array(c.value)
}

# An entry or a resource name we cannot read might be `secrets`.
unknown(c) if {
	some e in c.value
	not known_list(e)
}

unknown(c) if {
	some e in c.value
	some x in w.list(cfn.value(e).Resources)
	not w.known(x)
}

known_list(e) if is_array(cfn.value(cfn.value(e).Resources))
