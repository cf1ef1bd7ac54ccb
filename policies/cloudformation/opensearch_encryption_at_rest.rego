# METADATA
# title: OpenSearch domain not encrypted at rest
# description: >-
#   An `AWS::OpenSearchService::Domain` or `AWS::Elasticsearch::Domain`
#   without `EncryptionAtRestOptions.Enabled: true` stores its indices, logs,
#   swap files and automated snapshots unencrypted, and encryption at rest
#   cannot be turned on for an Elasticsearch domain older than 6.7 without
#   recreating it. Reported at `Enabled` when it is written, else at the
#   closest enclosing property; values that depend on a condition or an
#   unresolved parameter are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-encryptionatrestoptions.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticsearch-domain-encryptionatrestoptions.html
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
# custom:
#   id: VD-CFN-081
#   severity: medium
#   remediation: >-
#     Add `EncryptionAtRestOptions: {Enabled: true, KmsKeyId: <key>}` to the
#     domain.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["Opensearch.1", "ES.1"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     Resources:
#       Search:
#         Type: AWS::OpenSearchService::Domain
#         Properties:
#           EngineVersion: OpenSearch_2.11
package verdict.cloudformation.opensearch_encryption_at_rest

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

keys := ["EncryptionAtRestOptions", "Enabled"]

deny contains {
	"msg": sprintf("%s domain %q is not encrypted at rest", [w.search_engine(r), r.name]),
	"path": w.path_to(r.path, r.properties, keys),
	"resource": r.name,
} if {
	some r in w.search_domains
	w.off(w.get(r.properties, keys))
}
