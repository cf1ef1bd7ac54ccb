package verdict.terraform.azure.storage_min_tls_test

import data.verdict.terraform.azure.storage_min_tls as rule
import rego.v1

account(body) := {"resource": {"azurerm_storage_account": {"data": [object.union({"name": "data"}, body)]}}}

test_tls10_fires if {
	some r in rule.deny with input as account({"min_tls_version": "TLS1_0"})
	r.path == ["resource", "azurerm_storage_account", "data", 0, "min_tls_version"]
	contains(r.msg, "TLS1_0")
	count(rule.deny) == 1 with input as account({"min_tls_version": "TLS1_1"})
}

test_tls12_default_and_unknown_pass if {
	count(rule.deny) == 0 with input as account({"min_tls_version": "TLS1_2"})
	count(rule.deny) == 0 with input as account({})
	count(rule.deny) == 0 with input as account({"min_tls_version": "${var.tls}"})
}
