# METADATA
# title: App Service app accepts plain HTTP
# description: >-
#   Without `https_only = true` an App Service app (`azurerm_linux_web_app`,
#   `azurerm_windows_web_app`, their `_slot`s and the function apps) answers
#   plain HTTP requests instead of redirecting them to HTTPS, exposing cookies,
#   tokens and data in transit. The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#https_only
#   - https://learn.microsoft.com/en-us/azure/app-service/configure-ssl-bindings#enforce-https
# custom:
#   id: VD-TF-AZ-019
#   severity: medium
#   remediation: >-
#     Set `https_only = true` on the app.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["9.2"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_linux_web_app" "api" {
#       name            = "api"
#       service_plan_id = azurerm_service_plan.main.id
#       site_config {}
#     }
package verdict.terraform.azure.app_service_https_only

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("app %s accepts plain HTTP (https_only is not true)", [r.address]),
	"path": az.arg_path(r, ["https_only"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"])
	v := az.value(r, ["https_only"], false)
	tc.is_false(v)
}
