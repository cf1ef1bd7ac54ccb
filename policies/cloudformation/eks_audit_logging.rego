# METADATA
# title: EKS cluster without control plane audit logging
# description: >-
#   An `AWS::EKS::Cluster` whose `Logging.ClusterLogging.EnabledTypes` does not
#   include `audit` (control plane logging is off by default) keeps no record
#   of who did what through the Kubernetes API, which incident response and
#   compliance need. A log type list that depends on a condition or an
#   unresolved parameter is not reported. Reported at `EnabledTypes` when it is
#   written, else at the closest enclosing property.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-logging.html
#   - https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
# custom:
#   id: VD-CFN-055
#   severity: medium
#   remediation: >-
#     Add `Logging: {ClusterLogging: {EnabledTypes: [{Type: api}, {Type:
#     audit}, {Type: authenticator}]}}` to the cluster.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["EKS.8"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     Resources:
#       Cluster:
#         Type: AWS::EKS::Cluster
#         Properties:
#           RoleArn: arn:aws:iam::123456789012:role/eks
#           ResourcesVpcConfig:
#             SubnetIds: [subnet-1, subnet-2]
package verdict.cloudformation.eks_audit_logging

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

keys := ["Logging", "ClusterLogging", "EnabledTypes"]

deny contains {
	"msg": sprintf("EKS cluster %q does not enable the audit control plane log", [r.name]),
	"path": w.path_to(r.path, r.properties, keys),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::EKS::Cluster")
	types := w.get(r.properties, keys)
	not unknown(types)
	not audited(types)
}

audited(c) if {
	some t in c.value
	cfn.value(cfn.value(t).Type) == "audit"
}

unknown(c) if c.unknown == true

unknown(c) if {
	c.value
	not is_array(c.value)
}

unknown(c) if {
	some t in c.value
	not w.known_string(t, "Type")
}
