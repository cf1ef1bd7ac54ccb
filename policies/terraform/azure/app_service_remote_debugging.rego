# METADATA
# title: App Service app with remote debugging enabled
# description: >-
#   `site_config { remote_debugging_enabled = true }` on an App Service app
#   (`azurerm_linux_web_app`, `azurerm_windows_web_app`, their `_slot`s and the
#   function apps) opens debugger ports on the app's workers, an extra way in to
#   a production process. The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#remote_debugging_enabled
#   - https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings
# custom:
#   id: VD-TF-AZ-022
#   severity: medium
#   remediation: >-
#     Remove the argument or set `remote_debugging_enabled = false`; enable it
#     only temporarily from the portal when debugging.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["CM-7"]
#   example: |
#     resource "azurerm_linux_web_app" "api" {
#       name            = "api"
#       service_plan_id = azurerm_service_plan.main.id
#       site_config {
#         remote_debugging_enabled = true
#       }
#     }
package verdict.terraform.azure.app_service_remote_debugging

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("app %s enables remote debugging", [r.address]),
	"path": az.arg_path(r, ["site_config", 0, "remote_debugging_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"])
	v := az.value(r, ["site_config", 0, "remote_debugging_enabled"], false)
	tc.is_true(v)
}
