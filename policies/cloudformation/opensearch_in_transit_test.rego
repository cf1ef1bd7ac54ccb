package verdict.cloudformation.opensearch_in_transit_test

import data.verdict.cloudformation.opensearch_in_transit as os
import rego.v1

domain(props) := {"Resources": {"Search": {"Type": "AWS::OpenSearchService::Domain", "Properties": props}}}

secure := {"NodeToNodeEncryptionOptions": {"Enabled": true}, "DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}}

test_defaults_fire if {
	count(os.deny) == 2 with input as domain({})
	some r in os.deny with input as domain({})
	r.path == ["Resources", "Search", "Properties"]
	r.resource == "Search"
}

test_each_setting_fires if {
	some r in os.deny with input as domain(object.union(secure, {"NodeToNodeEncryptionOptions": {"Enabled": false}}))
	r.path == ["Resources", "Search", "Properties", "NodeToNodeEncryptionOptions", "Enabled"]
	contains(r.msg, "node-to-node")
	some s in os.deny with input as domain(object.union(secure, {"DomainEndpointOptions": {"EnforceHTTPS": "false"}}))
	s.path == ["Resources", "Search", "Properties", "DomainEndpointOptions", "EnforceHTTPS"]
	some t in os.deny with input as domain(object.union(secure, {"DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-0-2019-07"}}))
	t.path == ["Resources", "Search", "Properties", "DomainEndpointOptions", "TLSSecurityPolicy"]
	es := {"Resources": {"Es": {"Type": "AWS::Elasticsearch::Domain", "Properties": {"NodeToNodeEncryptionOptions": {"Enabled": true}}}}}
	some u in os.deny with input as es
	contains(u.msg, "Elasticsearch")
}

test_secure_passes if {
	count(os.deny) == 0 with input as domain(secure)
}

test_unknown_passes if {
	count(os.deny) == 0 with input as domain({"NodeToNodeEncryptionOptions": {"Enabled": {"Ref": "N2n"}}, "DomainEndpointOptions": {"Fn::If": ["Tls", {"EnforceHTTPS": true}, {}]}})
}
