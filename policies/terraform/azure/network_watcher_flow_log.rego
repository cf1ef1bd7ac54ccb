# METADATA
# title: Network watcher flow log disabled or kept less than 90 days
# description: >-
#   An `azurerm_network_watcher_flow_log` with `enabled = false` records no
#   traffic; one whose `retention_policy` is enabled with `days` between 1 and
#   the minimum deletes the flow logs before an investigation can use them
#   (0 days, or a disabled retention policy, keeps them forever). The minimum
#   is `data.verdict.config.azure_flow_log_retention_days` (default 90).
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log
#   - https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview
# custom:
#   id: VD-TF-AZ-050
#   severity: medium
#   remediation: >-
#     Set `enabled = true` and `retention_policy { enabled = true days = 90 }`
#     (or more).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AU-11", "AU-12"]
#     PCI-DSS-4.0: ["10.5.1"]
#   example: |
#     resource "azurerm_network_watcher_flow_log" "web" {
#       name                 = "web"
#       network_watcher_name = "NetworkWatcher_westeurope"
#       resource_group_name  = "NetworkWatcherRG"
#       target_resource_id   = azurerm_network_security_group.web.id
#       storage_account_id   = azurerm_storage_account.logs.id
#       enabled              = true
#       retention_policy {
#         enabled = true
#         days    = 7
#       }
#     }
package verdict.terraform.azure.network_watcher_flow_log

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

minimum := tf.config("azure_flow_log_retention_days", 90)

deny contains {
	"msg": sprintf("flow log %s is disabled", [r.address]),
	"path": az.arg_path(r, ["enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_network_watcher_flow_log"])
	tc.is_false(az.value(r, ["enabled"], true))
}

deny contains {
	"msg": sprintf("flow log %s keeps flow logs %v days (minimum %v)", [r.address, days, minimum]),
	"path": az.arg_path(r, ["retention_policy", 0, "days"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_network_watcher_flow_log"])
	tc.is_true(az.value(r, ["retention_policy", 0, "enabled"], false))
	days := az.value(r, ["retention_policy", 0, "days"], 0)
	is_number(days)
	days > 0
	days < minimum
}
