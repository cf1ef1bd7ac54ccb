package verdict.terraform.azure.storage_blob_soft_delete_test

import data.verdict.terraform.azure.storage_blob_soft_delete as rule
import rego.v1

account(body) := {"resource": {"azurerm_storage_account": {"data": [object.union({"name": "data", "account_tier": "Standard"}, body)]}}}

test_absent_fires_at_the_resource if {
	some r in rule.warn with input as account({})
	r.path == ["resource", "azurerm_storage_account", "data", 0]
	r.resource == "azurerm_storage_account.data"
}

test_blob_properties_without_retention_fires_at_the_block if {
	some r in rule.warn with input as account({"blob_properties": [{"versioning_enabled": true}]})
	r.path == ["resource", "azurerm_storage_account", "data", 0, "blob_properties", 0]
}

test_retention_file_storage_or_unknown_passes if {
	count(rule.warn) == 0 with input as account({"blob_properties": [{"delete_retention_policy": [{"days": 7}]}]})
	count(rule.warn) == 0 with input as account({"account_kind": "FileStorage"})
	count(rule.warn) == 0 with input as account({"account_kind": "${var.kind}"})
	count(rule.warn) == 0 with input as account({"blob_properties": [{"dynamic": {"delete_retention_policy": [{"for_each": "${var.r}"}]}}]})
	count(rule.warn) == 0 with input as account({"dynamic": {"blob_properties": [{"for_each": "${var.r}"}]}})
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data",
		"values": {"name": "data", "account_kind": "StorageV2", "blob_properties": [{"delete_retention_policy": [], "versioning_enabled": false}]},
	}]}}}
	some r in rule.warn with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "blob_properties", 0, "delete_retention_policy"]
	ok := json.patch(plan, [{"op": "replace", "path": "/planned_values/root_module/resources/0/values/blob_properties/0/delete_retention_policy", "value": [{"days": 7}]}])
	count(rule.warn) == 0 with input as ok
}
