# METADATA
# title: App Service app without HTTP/2
# description: >-
#   An App Service app (`azurerm_linux_web_app`, `azurerm_windows_web_app`,
#   their `_slot`s and the function apps) without `site_config { http2_enabled =
#   true }` serves HTTP/1.1 only, missing the protocol's head-of-line blocking
#   and header compression fixes. The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#http2_enabled
#   - https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings
# custom:
#   id: VD-TF-AZ-023
#   severity: low
#   remediation: >-
#     Set `http2_enabled = true` in the app's `site_config`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["9.9"]
#   example: |
#     resource "azurerm_linux_web_app" "api" {
#       name            = "api"
#       service_plan_id = azurerm_service_plan.main.id
#       site_config {}
#     }
package verdict.terraform.azure.app_service_http2

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

warn contains {
	"msg": sprintf("app %s does not enable HTTP/2", [r.address]),
	"path": az.arg_path(r, ["site_config", 0, "http2_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"])
	v := az.value(r, ["site_config", 0, "http2_enabled"], false)
	tc.is_false(v)
}
