# METADATA
# title: Key Vault accepts traffic from all networks
# description: >-
#   An `azurerm_key_vault` whose public endpoint is on
#   (`public_network_access_enabled`, default true) and that has no
#   `network_acls` block, or one with `default_action = "Allow"`, accepts
#   requests for its keys and secrets from any network; only Entra ID
#   authentication stands in the way.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#network_acls
#   - https://learn.microsoft.com/en-us/azure/key-vault/general/network-security
# custom:
#   id: VD-TF-AZ-046
#   severity: medium
#   remediation: >-
#     Add `network_acls { default_action = "Deny" bypass = "AzureServices" }`
#     with the `ip_rules`/`virtual_network_subnet_ids` that need access, or set
#     `public_network_access_enabled = false` and use a private endpoint.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "azurerm_key_vault" "main" {
#       name      = "main-kv"
#       sku_name  = "standard"
#       tenant_id = data.azurerm_client_config.current.tenant_id
#       network_acls {
#         default_action = "Allow"
#         bypass         = "AzureServices"
#       }
#     }
package verdict.terraform.azure.key_vault_network_acl

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("key vault %s accepts traffic from all networks (network_acls do not deny by default)", [r.address]),
	"path": az.arg_path(r, ["network_acls", 0, "default_action"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_key_vault"])
	tc.is_true(az.value(r, ["public_network_access_enabled"], true))
	az.value(r, ["network_acls", 0, "default_action"], "Allow") == "Allow"
}
