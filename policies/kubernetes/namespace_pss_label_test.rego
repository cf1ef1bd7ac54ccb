package verdict.kubernetes.namespace_pss_label_test

import data.verdict.kubernetes.namespace_pss_label
import rego.v1

ns(labels) := {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop", "labels": labels}}

test_no_enforce_label_fires if {
	some r in namespace_pss_label.warn with input as ns({"pod-security.kubernetes.io/warn": "restricted"})
	r.path == ["metadata", "labels"]
	r.resource == "Namespace/shop"
}

test_no_labels_fires_at_metadata if {
	some r in namespace_pss_label.warn with input as {"kind": "Namespace", "metadata": {"name": "shop"}}
	r.path == ["metadata"]
}

test_enforce_label_passes if {
	count(namespace_pss_label.warn) == 0 with input as ns({"pod-security.kubernetes.io/enforce": "restricted"})
	count(namespace_pss_label.warn) == 0 with input as ns({"pod-security.kubernetes.io/enforce": "privileged"})
}

test_other_kinds_pass if {
	count(namespace_pss_label.warn) == 0 with input as {"kind": "ConfigMap", "metadata": {"name": "shop"}}
}
