# METADATA
# title: OpenSearch domain does not encrypt data in transit
# description: >-
#   An `AWS::OpenSearchService::Domain` or `AWS::Elasticsearch::Domain`
#   without `NodeToNodeEncryptionOptions.Enabled: true` sends data between the
#   cluster's nodes unencrypted, and one without
#   `DomainEndpointOptions.EnforceHTTPS: true` (or whose `TLSSecurityPolicy`
#   is `Policy-Min-TLS-1-0-2019-07`) accepts clients over plain HTTP (or TLS
#   1.0/1.1). All are off by default. Each is reported at its setting when it
#   is written, else at the closest enclosing property; values that depend on
#   a condition or an unresolved parameter are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-nodetonodeencryptionoptions.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-domainendpointoptions.html
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html
# custom:
#   id: VD-CFN-082
#   severity: medium
#   remediation: >-
#     Add `NodeToNodeEncryptionOptions: {Enabled: true}` and
#     `DomainEndpointOptions: {EnforceHTTPS: true, TLSSecurityPolicy:
#     Policy-Min-TLS-1-2-PFS-2023-10}` to the domain.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["Opensearch.3", "ES.3"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     Resources:
#       Search:
#         Type: AWS::OpenSearchService::Domain
#         Properties:
#           EngineVersion: OpenSearch_2.11
#           EncryptionAtRestOptions:
#             Enabled: true
package verdict.cloudformation.opensearch_in_transit

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

node_to_node := ["NodeToNodeEncryptionOptions", "Enabled"]

https := ["DomainEndpointOptions", "EnforceHTTPS"]

tls := ["DomainEndpointOptions", "TLSSecurityPolicy"]

deny contains {
	"msg": sprintf("%s domain %q does not encrypt node-to-node traffic", [w.search_engine(r), r.name]),
	"path": w.path_to(r.path, r.properties, node_to_node),
	"resource": r.name,
} if {
	some r in w.search_domains
	w.off(w.get(r.properties, node_to_node))
}

deny contains {
	"msg": sprintf("%s domain %q does not enforce HTTPS", [w.search_engine(r), r.name]),
	"path": w.path_to(r.path, r.properties, https),
	"resource": r.name,
} if {
	some r in w.search_domains
	w.off(w.get(r.properties, https))
}

deny contains {
	"msg": sprintf("%s domain %q accepts TLS 1.0 and 1.1 (TLSSecurityPolicy Policy-Min-TLS-1-0-2019-07)", [w.search_engine(r), r.name]),
	"path": array.concat(r.path, tls),
	"resource": r.name,
} if {
	some r in w.search_domains
	w.get(r.properties, tls).value == "Policy-Min-TLS-1-0-2019-07"
}
