# METADATA
# title: App Service app without a managed identity
# description: >-
#   An App Service app (`azurerm_linux_web_app`, `azurerm_windows_web_app`,
#   their `_slot`s and the function apps) without an `identity` block has no
#   managed identity, so it reaches databases, Key Vault and storage with
#   secrets kept in its settings instead of Entra ID tokens.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#identity
#   - https://learn.microsoft.com/en-us/azure/app-service/overview-managed-identity
# custom:
#   id: VD-TF-AZ-024
#   severity: low
#   remediation: >-
#     Add `identity { type = "SystemAssigned" }` (or a user-assigned identity)
#     and grant it the roles the app needs.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["9.5"]
#     NIST-800-53: ["IA-2", "IA-5"]
#   example: |
#     resource "azurerm_linux_web_app" "api" {
#       name            = "api"
#       service_plan_id = azurerm_service_plan.main.id
#       site_config {}
#     }
package verdict.terraform.azure.app_service_identity

import data.verdict.lib.terraform_azure as az
import rego.v1

warn contains {
	"msg": sprintf("app %s has no managed identity", [r.address]),
	"path": az.arg_path(r, ["identity"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"])
	v := az.value(r, ["identity"], [])
	v == []
}
