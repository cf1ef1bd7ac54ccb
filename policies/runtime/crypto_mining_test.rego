package verdict.runtime.crypto_mining_test

import data.verdict.runtime.crypto_mining as mining
import rego.v1

stratum := {
	"rule": "Detect crypto miners using the Stratum protocol",
	"priority": "Critical",
	"output_fields": {"container.id": "1e2f0c6c1a7b", "proc.name": "xmrig", "proc.cmdline": "xmrig -o stratum+tcp://pool.supportxmr.com:3333"},
	"tags": ["process", "mitre_impact", "T1496"],
}

test_miner_fires_once_on_the_binary if {
	results := mining.deny with input as stratum
	count(results) == 1
	some r in results
	r.path == ["output_fields", "proc.name"]
	r.resource == "1e2f0c6c1a7b"
	r.msg == `crypto-mining on container 1e2f0c6c1a7b: miner binary; Stratum mining URL in the command line; mining rule; tagged T1496 (Resource Hijacking) (Falco rule "Detect crypto miners using the Stratum protocol", process xmrig (xmrig -o stratum+tcp://pool.supportxmr.com:3333))`
}

test_stratum_url_alone_fires if {
	doc := {"rule": "Spawned process", "output_fields": {"proc.name": "java", "proc.cmdline": "java -jar m.jar -o stratum+ssl://x.example:443"}}
	some r in mining.deny with input as doc
	r.path == ["output_fields", "proc.cmdline"]
}

test_pool_connection_with_impact_tag_fires if {
	doc := {"rule": "Outbound connection", "tags": ["network", "mitre_impact"], "output_fields": {"proc.name": "kworker", "fd.name": "10.0.0.5:51234->1.2.3.4:14444", "fd.sip.name": "xmr.2miners.com"}}
	results := mining.deny with input as doc
	count(results) == 1
	some r in results
	r.path == ["output_fields", "fd.name"]
}

test_pool_domain if {
	doc := {"rule": "Outbound connection", "tags": ["mitre_impact"], "output_fields": {"fd.sip.name": "gulf.moneroocean.stream"}}
	some r in mining.deny with input as doc
	r.path == ["output_fields", "fd.sip.name"]
}

test_pool_port_field if {
	doc := {"rule": "Outbound connection", "tags": ["mitre_impact"], "output_fields": {"fd.rport": 3333}}
	some r in mining.deny with input as doc
	r.path == ["output_fields", "fd.rport"]
	count(mining.deny) == 1 with input as json.patch(doc, [{"op": "replace", "path": "/output_fields/fd.rport", "value": "4444"}])
}

test_pool_port_without_impact_tag_passes if {
	doc := {"rule": "Outbound connection", "tags": ["network"], "output_fields": {"fd.name": "10.0.0.5:51234->1.2.3.4:3333", "fd.rport": 3333}}
	count(mining.deny) == 0 with input as doc
}

test_t1496_tag_fires if {
	doc := {"rule": "Custom detection", "tags": ["T1496"]}
	some r in mining.deny with input as doc
	r.path == ["tags"]
}

test_ordinary_events_pass if {
	count(mining.deny) == 0 with input as {"rule": "Terminal shell in container", "tags": ["container", "shell"], "output_fields": {"proc.name": "sh", "proc.cmdline": "sh -c uptime", "container.id": "abc"}}
	count(mining.deny) == 0 with input as {"rule": "Contact K8S API Server From Container", "output_fields": {"fd.name": "172.17.0.9:43812->10.96.0.1:443"}}
}
