package verdict.terraform.azure.storage_public_blob_test

import data.verdict.terraform.azure.storage_public_blob as rule
import rego.v1

account(body) := {"resource": {"azurerm_storage_account": {"data": [object.union({"name": "data"}, body)]}}}

container(access) := {"resource": {"azurerm_storage_container": {"assets": [{
	"name": "assets",
	"storage_account_name": "${azurerm_storage_account.data.name}",
	"container_access_type": access,
}]}}}

test_account_allowing_public_fires if {
	some r in rule.deny with input as account({"allow_nested_items_to_be_public": true})
	r.path == ["resource", "azurerm_storage_account", "data", 0, "allow_nested_items_to_be_public"]
	count(rule.deny) == 1 with input as account({"allow_blob_public_access": "true"})
}

test_public_container_fires if {
	some r in rule.deny with input as container("blob")
	r.path == ["resource", "azurerm_storage_container", "assets", 0, "container_access_type"]
	r.resource == "azurerm_storage_container.assets"
	count(rule.deny) == 1 with input as container("container")
}

test_private_absent_and_unknown_pass if {
	count(rule.deny) == 0 with input as account({})
	count(rule.deny) == 0 with input as account({"allow_nested_items_to_be_public": false})
	count(rule.deny) == 0 with input as account({"allow_nested_items_to_be_public": "${var.public}"})
	count(rule.deny) == 0 with input as container("private")
	count(rule.deny) == 0 with input as container("${var.access}")
}
