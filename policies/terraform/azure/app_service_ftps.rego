# METADATA
# title: App Service app allows unencrypted FTP deployment
# description: >-
#   `site_config { ftps_state = "AllAllowed" }` on an App Service app
#   (`azurerm_linux_web_app`, `azurerm_windows_web_app`, their `_slot`s and the
#   function apps) accepts deployments over plain FTP, sending the publishing
#   credentials and code unencrypted. The provider default is "Disabled".
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#ftps_state
#   - https://learn.microsoft.com/en-us/azure/app-service/deploy-ftp#enforce-ftps
# custom:
#   id: VD-TF-AZ-021
#   severity: medium
#   remediation: >-
#     Set `ftps_state = "Disabled"` (or `"FtpsOnly"` if FTP deployment is
#     needed) in the app's `site_config`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["9.10"]
#     NIST-800-53: ["SC-8", "CM-7"]
#   example: |
#     resource "azurerm_linux_web_app" "api" {
#       name            = "api"
#       service_plan_id = azurerm_service_plan.main.id
#       site_config {
#         ftps_state = "AllAllowed"
#       }
#     }
package verdict.terraform.azure.app_service_ftps

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("app %s accepts plain FTP deployments (ftps_state = \"AllAllowed\")", [r.address]),
	"path": az.arg_path(r, ["site_config", 0, "ftps_state"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"])
	v := az.value(r, ["site_config", 0, "ftps_state"], "Disabled")
	v == "AllAllowed"
}
