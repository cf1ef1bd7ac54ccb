# METADATA
# title: App Service app allows CORS from any origin
# description: >-
#   An App Service app (`azurerm_linux_web_app`, `azurerm_windows_web_app`,
#   their `_slot`s and the function apps) whose `site_config { cors {
#   allowed_origins } }` contains `"*"` lets scripts on every website call its
#   API from a visitor's browser.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#cors
#   - https://learn.microsoft.com/en-us/azure/app-service/app-service-web-tutorial-rest-api#add-cors-functionality
# custom:
#   id: VD-TF-AZ-054
#   severity: medium
#   remediation: >-
#     List the origins that call the app in `allowed_origins`
#     (`["https://app.example.com"]`) instead of `"*"`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4"]
#   example: |
#     resource "azurerm_linux_web_app" "api" {
#       name            = "api"
#       service_plan_id = azurerm_service_plan.main.id
#       site_config {
#         cors {
#           allowed_origins = ["*"]
#         }
#       }
#     }
package verdict.terraform.azure.app_service_cors_wildcard

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_azure as az
import rego.v1

types := ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"]

deny contains {
	"msg": sprintf("app %s allows CORS requests from any origin (\"*\")", [r.address]),
	"path": tf.attr_path(r, ["site_config", 0, "cors", 0, "allowed_origins", i]),
	"resource": r.address,
} if {
	some r in az.of_types(types)
	origins := az.value(r, ["site_config", 0, "cors", 0, "allowed_origins"], [])
	is_array(origins)
	some i, origin in origins
	origin == "*"
}
