package verdict.kubernetes.ingress_tls_test

import data.verdict.kubernetes.ingress_tls
import rego.v1

ingress(spec) := {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "web", "namespace": "shop"}, "spec": spec}

rules := [{"host": "shop.example.com"}, {"host": "api.example.com"}]

test_no_tls_fires_at_spec if {
	some r in ingress_tls.deny with input as ingress({"rules": rules})
	r.path == ["spec"]
	r.resource == "Ingress/shop/web"
}

test_empty_tls_fires_at_tls if {
	some r in ingress_tls.deny with input as ingress({"tls": [], "rules": rules})
	r.path == ["spec", "tls"]
}

test_uncovered_host_fires if {
	found := ingress_tls.deny with input as ingress({"tls": [{"hosts": ["shop.example.com"], "secretName": "t"}], "rules": rules})
	count(found) == 1
	some r in found
	r.path == ["spec", "rules", 1, "host"]
}

test_covered_hosts_pass if {
	count(ingress_tls.deny) == 0 with input as ingress({"tls": [{"hosts": ["shop.example.com", "api.example.com"], "secretName": "t"}], "rules": rules})
	count(ingress_tls.deny) == 0 with input as ingress({"tls": [{"hosts": ["*.example.com"], "secretName": "t"}], "rules": rules})
	count(ingress_tls.deny) == 0 with input as ingress({"tls": [{"secretName": "default"}], "rules": rules})
}

test_templates_and_other_kinds_pass if {
	count(ingress_tls.deny) == 0 with input as ingress({"tls": [{"hosts": ["{{ .Values.host }}"]}], "rules": [{"host": "{{ .Values.host }}"}, {"host": "x.example.com"}]})
	count(ingress_tls.deny) == 0 with input as {"kind": "Service", "metadata": {"name": "web"}, "spec": {}}
	count(ingress_tls.deny) == 1 with input as ingress({"tls": "yes", "rules": rules})
}
