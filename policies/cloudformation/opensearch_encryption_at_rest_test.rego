package verdict.cloudformation.opensearch_encryption_at_rest_test

import data.verdict.cloudformation.opensearch_encryption_at_rest as os
import rego.v1

domain(type, props) := {"Resources": {"Search": {"Type": type, "Properties": props}}}

test_unencrypted_fires if {
	some r in os.deny with input as domain("AWS::OpenSearchService::Domain", {})
	r.path == ["Resources", "Search", "Properties"]
	r.resource == "Search"
	contains(r.msg, "OpenSearch")
	some s in os.deny with input as domain("AWS::Elasticsearch::Domain", {"EncryptionAtRestOptions": {"Enabled": "false"}})
	s.path == ["Resources", "Search", "Properties", "EncryptionAtRestOptions", "Enabled"]
	contains(s.msg, "Elasticsearch")
}

test_encrypted_passes if {
	count(os.deny) == 0 with input as domain("AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"Enabled": true}})
}

test_unknown_passes if {
	count(os.deny) == 0 with input as domain("AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"Enabled": {"Ref": "Encrypt"}}})
	count(os.deny) == 0 with input as domain("AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"Enabled": {"Fn::If": ["E", true, false]}}})
}
