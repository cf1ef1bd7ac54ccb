# METADATA
# title: Storage account accepts traffic from all networks
# description: >-
#   An `azurerm_storage_account` whose public endpoint is on
#   (`public_network_access_enabled`, default true) and whose `network_rules`
#   do not set `default_action = "Deny"` (no block means Allow) accepts
#   requests from any network; only its keys and RBAC stand in the way. An
#   `azurerm_storage_account_network_rules` resource for the account counts as
#   its rules (in a plan any such resource does, since the account ids are
#   known only after apply) and is itself reported when it allows by default.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#network_rules
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules
#   - https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security
# custom:
#   id: VD-TF-AZ-038
#   severity: medium
#   remediation: >-
#     Add `network_rules { default_action = "Deny" }` with the `ip_rules`,
#     `virtual_network_subnet_ids` and `bypass = ["AzureServices"]` you need,
#     or set `public_network_access_enabled = false` and use private endpoints.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["3.8"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "azurerm_storage_account" "data" {
#       name                     = "data"
#       account_tier             = "Standard"
#       account_replication_type = "ZRS"
#       network_rules {
#         default_action = "Allow"
#       }
#     }
package verdict.terraform.azure.storage_network_default_deny

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("storage account %s accepts traffic from all networks (network rules do not deny by default)", [r.address]),
	"path": az.arg_path(r, ["network_rules", 0, "default_action"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_storage_account"])
	tc.is_true(az.value(r, ["public_network_access_enabled"], true))
	az.value(r, ["network_rules", 0, "default_action"], "Allow") == "Allow"
	not separate_rules(r)
}

deny contains {
	"msg": sprintf("storage account network rules %s allow all networks by default", [n.address]),
	"path": az.arg_path(n, ["default_action"]),
	"resource": n.address,
} if {
	some n in az.of_types(["azurerm_storage_account_network_rules"])
	az.value(n, ["default_action"], "") == "Allow"
}

separate_rules(r) if {
	some n in az.of_types(["azurerm_storage_account_network_rules"])
	for_account(n, r)
}

# HCL: `storage_account_id = azurerm_storage_account.<name>.id`.
for_account(n, r) if {
	is_string(n.config.storage_account_id)
	contains(n.config.storage_account_id, sprintf("azurerm_storage_account.%s.", [r.name]))
}

for_account(n, _) if n.path[0] == "planned_values"
