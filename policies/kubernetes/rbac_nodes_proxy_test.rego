package verdict.kubernetes.rbac_nodes_proxy_test

import data.verdict.kubernetes.rbac_nodes_proxy
import rego.v1

role(rules) := {"kind": "ClusterRole", "metadata": {"name": "m"}, "rules": rules}

test_nodes_proxy_fires if {
	some r in rbac_nodes_proxy.deny with input as role([{"apiGroups": [""], "resources": ["nodes", "nodes/proxy"], "verbs": ["get"]}])
	r.path == ["rules", 0, "resources", 1]
	r.resource == "ClusterRole/m"
}

test_nodes_metrics_passes if {
	count(rbac_nodes_proxy.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["nodes", "nodes/metrics", "nodes/stats"], "verbs": ["get"]}])
}

test_no_verbs_or_other_group_pass if {
	count(rbac_nodes_proxy.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["nodes/proxy"]}])
	count(rbac_nodes_proxy.deny) == 0 with input as role([{"apiGroups": ["metrics.k8s.io"], "resources": ["nodes/proxy"], "verbs": ["get"]}])
}
