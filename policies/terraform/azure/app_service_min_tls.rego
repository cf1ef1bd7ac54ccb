# METADATA
# title: App Service app allows TLS older than 1.2
# description: >-
#   `site_config { minimum_tls_version = "1.0" }` (or `"1.1"`) on an App Service
#   app (`azurerm_linux_web_app`, `azurerm_windows_web_app`, their `_slot`s and
#   the function apps) lets clients negotiate deprecated TLS versions. Absent,
#   the provider default is 1.2, which is not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version
#   - https://learn.microsoft.com/en-us/azure/app-service/overview-tls#minimum-tls-version
# custom:
#   id: VD-TF-AZ-020
#   severity: medium
#   remediation: >-
#     Set `minimum_tls_version = "1.2"` (or "1.3") in the app's `site_config`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["9.3"]
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_linux_web_app" "api" {
#       name            = "api"
#       service_plan_id = azurerm_service_plan.main.id
#       site_config {
#         minimum_tls_version = "1.0"
#       }
#     }
package verdict.terraform.azure.app_service_min_tls

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("app %s allows TLS %v (minimum should be 1.2)", [r.address, v]),
	"path": az.arg_path(r, ["site_config", 0, "minimum_tls_version"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"])
	v := az.value(r, ["site_config", 0, "minimum_tls_version"], "1.2")
	v in {"1.0", "1.1"}
}
