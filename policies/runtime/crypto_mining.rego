# METADATA
# title: Crypto-mining activity
# description: >-
#   A Falco event shows cryptocurrency mining: a mining rule (names mentioning
#   miners, mining pools or the Stratum protocol, e.g. "Detect outbound
#   connections to common miner pool ports"), the MITRE ATT&CK tag T1496
#   (Resource Hijacking), a known miner binary as `proc.name` (xmrig, minerd,
#   cpuminer, ethminer, t-rex, …), a `stratum+tcp://`/`stratum+ssl://` URL in
#   the command line, or a `mitre_impact` event whose connection
#   (`fd.name`/`fd.sip.name`/`fd.rport`) goes to a well-known mining pool
#   domain or port.
# related_resources:
#   - https://falco.org/docs/reference/rules/default-rules/
#   - https://attack.mitre.org/techniques/T1496/
# custom:
#   id: VD-RT-004
#   severity: critical
#   remediation: >-
#     Kill the miner and treat the workload as compromised: find how it got in
#     (exposed dashboard, leaked credentials, vulnerable image), rebuild from a
#     clean image, rotate the credentials it could reach, and block egress to
#     mining pools (egress NetworkPolicy or DNS firewall). Enforce resource
#     limits so hijacking cannot starve other workloads.
#   kinds: [falco]
#   frameworks:
#     NIST-800-53: ["SI-4", "SI-3", "IR-4"]
#     SOC-2: ["CC7.2"]
#   response:
#     action: kill-process
#     requires_approval: false
#   example: |
#     {"rule": "Detect crypto miners using the Stratum protocol", "priority": "Critical",
#      "output": "Possible miner running (command=xmrig -o stratum+tcp://pool.supportxmr.com:3333)",
#      "output_fields": {"container.id": "1e2f0c6c1a7b", "proc.name": "xmrig",
#        "proc.cmdline": "xmrig -o stratum+tcp://pool.supportxmr.com:3333"},
#      "tags": ["process", "mitre_impact", "T1496"], "source": "syscall"}
package verdict.runtime.crypto_mining

import rego.v1

# The lists of names are written where they are used rather than as named
# rules: regorus evaluates a named rule afresh for every event, which a
# live stream of events pays for.

# Pool domains (suffixes) and Stratum ports from Falco's miner lists.
pool_domains := [
	"minexmr.com", "supportxmr.com", "nanopool.org", "minergate.com", "moneroocean.stream",
	"hashvault.pro", "c3pool.com", "2miners.com", "f2pool.com", "ethermine.org",
	"nicehash.com", "herominers.com", "xmrpool.eu", "monerohash.com", "dwarfpool.com",
]

pool_ports := {"3333", "4444", "5555", "6666", "7777", "8888", "9999", "14433", "14444", "45560", "45700"}

deny contains {
	"msg": sprintf("crypto-mining on %s: %s (Falco rule %q, process %s)", [data.verdict.lib.runtime.where, concat("; ", [e[1] | some e in found]), data.verdict.lib.runtime.rule_name, data.verdict.lib.runtime.process]),
	"path": found[0][2],
	"resource": data.verdict.lib.runtime.resource,
} if {
	found := sort(evidence)
	count(found) > 0
}

# [order, reason, path]: the finding points at the strongest evidence.
evidence contains [1, "miner binary", ["output_fields", "proc.name"]] if {
	name := input.output_fields["proc.name"]
	is_string(name)
	lower(name) in {
		"xmrig", "xmrig-notls", "xmr-stak", "xmr-stak-cpu", "minerd", "cpuminer", "cpuminer-multi",
		"ccminer", "cgminer", "bfgminer", "ethminer", "t-rex", "nbminer", "lolminer", "phoenixminer",
		"nanominer", "gminer", "teamredminer", "srbminer-multi", "xmr-miner",
	}
}

evidence contains [2, "Stratum mining URL in the command line", ["output_fields", "proc.cmdline"]] if {
	cmdline := input.output_fields["proc.cmdline"]
	is_string(cmdline)
	contains(lower(cmdline), "stratum+")
}

evidence contains [3, sprintf("connection to mining pool %s", [target]), ["output_fields", "fd.sip.name"]] if {
	impact
	target := data.verdict.lib.runtime.fd_sip_name
	pool_target(target)
}

evidence contains [3, sprintf("connection to mining pool %s", [target]), ["output_fields", "fd.name"]] if {
	impact
	target := data.verdict.lib.runtime.fd_name
	pool_target(target)
}

evidence contains [3, sprintf("connection to mining port %s", [port]), ["output_fields", "fd.rport"]] if {
	impact
	port := as_text(input.output_fields["fd.rport"])
	port in pool_ports
}

# Words in a rule name that mean mining (plain substring tests: a regex per
# event is too slow for a stream).
evidence contains [4, "mining rule", ["rule"]] if {
	is_string(input.rule)
	rule := lower(input.rule)
	some word in ["miner", "mining", "stratum", "cryptojack"]
	contains(rule, word)
}

evidence contains [5, "tagged T1496 (Resource Hijacking)", ["tags"]] if {
	is_array(input.tags)
	"T1496" in input.tags
}

impact if {
	is_array(input.tags)
	"mitre_impact" in input.tags
}

pool_target(target) if {
	some domain in pool_domains
	contains(lower(target), domain)
}

pool_target(target) if {
	some port in pool_ports
	endswith(target, concat("", [":", port]))
}

as_text(v) := format_int(v, 10) if is_number(v)

as_text(v) := v if is_string(v)
