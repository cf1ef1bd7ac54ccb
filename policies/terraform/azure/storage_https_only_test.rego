package verdict.terraform.azure.storage_https_only_test

import data.verdict.terraform.azure.storage_https_only as rule
import rego.v1

account(body) := {"resource": {"azurerm_storage_account": {"data": [object.union({"name": "data", "account_tier": "Standard"}, body)]}}}

test_https_disabled_fires if {
	some r in rule.deny with input as account({"https_traffic_only_enabled": false})
	r.path == ["resource", "azurerm_storage_account", "data", 0, "https_traffic_only_enabled"]
	r.resource == "azurerm_storage_account.data"
}

test_legacy_argument_fires if {
	some r in rule.deny with input as account({"enable_https_traffic_only": false})
	r.path == ["resource", "azurerm_storage_account", "data", 0, "enable_https_traffic_only"]
}

test_default_enabled_and_unknown_pass if {
	count(rule.deny) == 0 with input as account({})
	count(rule.deny) == 0 with input as account({"https_traffic_only_enabled": true})
	count(rule.deny) == 0 with input as account({"https_traffic_only_enabled": "${var.https_only}"})
}

test_plan_fires if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data",
		"values": {"name": "data", "https_traffic_only_enabled": false, "min_tls_version": "TLS1_2"},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "https_traffic_only_enabled"]
}
