package verdict.terraform.azure.network_watcher_flow_log_test

import data.verdict.terraform.azure.network_watcher_flow_log as rule
import rego.v1

flow(body) := {"resource": {"azurerm_network_watcher_flow_log": {"web": [object.union({"name": "web", "enabled": true, "target_resource_id": "${azurerm_network_security_group.web.id}"}, body)]}}}

test_disabled_fires_at_the_argument if {
	[r] := [x | some x in rule.deny] with input as flow({"enabled": false})
	r.path == ["resource", "azurerm_network_watcher_flow_log", "web", 0, "enabled"]
	r.resource == "azurerm_network_watcher_flow_log.web"
}

test_short_retention_fires_at_the_days if {
	[r] := [x | some x in rule.deny] with input as flow({"retention_policy": [{"enabled": true, "days": 7}]})
	r.path == ["resource", "azurerm_network_watcher_flow_log", "web", 0, "retention_policy", 0, "days"]
	contains(r.msg, "7 days")
}

test_long_forever_or_unknown_passes if {
	count(rule.deny) == 0 with input as flow({"retention_policy": [{"enabled": true, "days": 90}]})
	count(rule.deny) == 0 with input as flow({"retention_policy": [{"enabled": true, "days": 0}]})
	count(rule.deny) == 0 with input as flow({"retention_policy": [{"enabled": false, "days": 7}]})
	count(rule.deny) == 0 with input as flow({"retention_policy": [{"enabled": true, "days": "${var.days}"}]})
	count(rule.deny) == 0 with input as flow({"enabled": "${var.on}"})
	count(rule.deny) == 1 with input as flow({"retention_policy": [{"enabled": true, "days": 90}]}) with data.verdict.config.azure_flow_log_retention_days as 365
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_network_watcher_flow_log.web", "mode": "managed", "type": "azurerm_network_watcher_flow_log", "name": "web",
		"values": {"name": "web", "enabled": true, "retention_policy": [{"enabled": true, "days": 30}]},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "retention_policy", 0, "days"]
}
