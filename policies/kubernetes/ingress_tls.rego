# METADATA
# title: Ingress without TLS
# description: >-
#   An Ingress with no `spec.tls` serves its hosts over plain HTTP: sessions,
#   credentials and data cross the network readable and modifiable. Also
#   reported: a host of `spec.rules` that no `tls` entry covers (exactly or
#   through a `*.` wildcard). TLS terminated in front of the controller (a
#   cloud load balancer) is invisible to this rule; suppress it there.
# related_resources:
#   - https://kubernetes.io/docs/concepts/services-networking/ingress/#tls
# custom:
#   id: VD-K8S-041
#   severity: medium
#   remediation: >-
#     Add a `spec.tls` entry listing the hosts and the Secret holding their
#     certificate (cert-manager can issue and renew it).
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-8(1)"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     apiVersion: networking.k8s.io/v1
#     kind: Ingress
#     metadata: {name: web}
#     spec:
#       rules:
#         - host: shop.example.com
#           http:
#             paths:
#               - path: /
#                 pathType: Prefix
#                 backend: {service: {name: web, port: {number: 80}}}
package verdict.kubernetes.ingress_tls

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("Ingress %q has no TLS", [object.get(input, ["metadata", "name"], "")]),
	"path": tls_path,
	"resource": k8s.resource,
} if {
	input.kind == "Ingress"
	count(tls_hosts) == 0
	not has_tls_entry
}

deny contains {
	"msg": sprintf("Ingress %q serves host %q without TLS", [object.get(input, ["metadata", "name"], ""), rule.host]),
	"path": ["spec", "rules", i, "host"],
	"resource": k8s.resource,
} if {
	input.kind == "Ingress"
	has_tls_entry
	is_array(input.spec.rules)
	some i, rule in input.spec.rules
	is_string(rule.host)
	not k8s.templated(rule.host)
	not covered(lower(rule.host))
}

has_tls_entry if {
	is_array(input.spec.tls)
	count(input.spec.tls) > 0
}

tls_entries := [e | is_array(input.spec.tls); some e in input.spec.tls; is_object(e)]

tls_hosts contains lower(h) if {
	some entry in tls_entries
	is_array(entry.hosts)
	some h in entry.hosts
	is_string(h)
}

# An entry without `hosts` covers the controller's default certificate
# for every host.
covered(_) if {
	some entry in tls_entries
	not k8s.has_key(entry, "hosts")
}

covered(host) if host in tls_hosts

covered(host) if {
	some pattern in tls_hosts
	startswith(pattern, "*.")
	parts := split(host, ".")
	concat(".", array.concat(["*"], array.slice(parts, 1, count(parts)))) == pattern
}

covered(_) if {
	some h in tls_hosts
	k8s.templated(h)
}

tls_path := ["spec", "tls"] if {
	k8s.has_key(input.spec, "tls")
} else := ["spec"] if {
	is_object(input.spec)
} else := ["kind"]
