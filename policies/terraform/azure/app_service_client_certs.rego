# METADATA
# title: App Service app does not require client certificates
# description: >-
#   An App Service app (`azurerm_linux_web_app`, `azurerm_windows_web_app`,
#   their `_slot`s and the function apps) without `client_certificate_enabled =
#   true` (and mode `Required`) does not authenticate its callers with TLS
#   client certificates. The provider default is false; report it where mutual
#   TLS is expected.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#client_certificate_enabled
#   - https://learn.microsoft.com/en-us/azure/app-service/app-service-web-configure-tls-mutual-auth
# custom:
#   id: VD-TF-AZ-025
#   severity: low
#   remediation: >-
#     Set `client_certificate_enabled = true` with `client_certificate_mode =
#     "Required"` on the app.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["9.4"]
#     NIST-800-53: ["IA-3"]
#   example: |
#     resource "azurerm_linux_web_app" "api" {
#       name            = "api"
#       service_plan_id = azurerm_service_plan.main.id
#       site_config {}
#     }
package verdict.terraform.azure.app_service_client_certs

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

warn contains {
	"msg": sprintf("app %s does not require client certificates", [r.address]),
	"path": az.arg_path(r, ["client_certificate_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"])
	v := az.value(r, ["client_certificate_enabled"], false)
	tc.is_false(v)
}
