package verdict.kubernetes.namespace_network_policy_test

import data.verdict.kubernetes.namespace_network_policy as netpol
import rego.v1

doc(contents) := {"path": "m.yaml", "kind": "kubernetes", "contents": contents}

deployment(ns) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "api", "namespace": ns}, "spec": {"template": {"spec": {"containers": [{"name": "api", "image": "api:1.2"}]}}}}

namespace(name) := {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}}

policy(ns) := {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "default-deny", "namespace": ns}, "spec": {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}}

test_workload_namespace_without_policy_fires if {
	[r] := [x | some x in netpol.warn] with input as [doc(deployment("shop"))]
	r.path == [0, "contents", "metadata"]
	r.resource == "Namespace/shop"
	contains(r.msg, `namespace "shop"`)
}

test_a_declared_namespace_is_reported_at_its_namespace_object if {
	inp := [doc(deployment("shop")), doc(namespace("shop")), doc(deployment("shop"))]
	[r] := [x | some x in netpol.warn] with input as inp
	r.path == [1, "contents", "metadata"]
}

test_a_policy_in_the_namespace_passes if {
	count(netpol.warn) == 0 with input as [doc(namespace("shop")), doc(deployment("shop")), doc(policy("shop"))]
	# A policy elsewhere does not help.
	count(netpol.warn) == 1 with input as [doc(deployment("shop")), doc(policy("billing"))]
}

test_manifests_without_a_namespace_share_one if {
	no_ns := json.remove(deployment(""), ["metadata/namespace"])
	[r] := [x | some x in netpol.warn] with input as [doc(no_ns)]
	contains(r.msg, "without metadata.namespace")
	count(netpol.warn) == 0 with input as [doc(no_ns), doc(json.remove(policy(""), ["metadata/namespace"]))]
}

test_each_namespace_is_judged_on_its_own if {
	inp := [doc(deployment("a")), doc(deployment("b")), doc(policy("a")), doc(namespace("c"))]
	{r.resource | some r in netpol.warn} == {"Namespace/b", "Namespace/c"} with input as inp
}

test_a_plain_scan_is_never_judged if {
	count(netpol.warn) == 0 with input as deployment("shop")
	count(netpol.warn) == 0 with input as [{"path": "main.tf", "kind": "terraform", "contents": {"resource": {}}}]
}
