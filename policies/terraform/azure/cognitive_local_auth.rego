# METADATA
# title: Azure AI services account accepts API keys
# description: >-
#   An `azurerm_cognitive_account` (Azure OpenAI, AI services) with
#   `local_auth_enabled` true (the provider default) accepts its two account
#   keys, long-lived secrets that bypass Entra ID and conditional access and are
#   shared by every caller.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cognitive_account#local_auth_enabled
#   - https://learn.microsoft.com/en-us/azure/ai-services/disable-local-auth
# custom:
#   id: VD-TF-AZ-056
#   severity: medium
#   remediation: >-
#     Set `local_auth_enabled = false` and grant callers `Cognitive Services
#     User` (or the OpenAI roles) through Entra ID.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["IA-2", "AC-3"]
#   example: |
#     resource "azurerm_cognitive_account" "openai" {
#       name     = "openai"
#       kind     = "OpenAI"
#       sku_name = "S0"
#     }
package verdict.terraform.azure.cognitive_local_auth

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("AI services account %s accepts its API keys (local_auth_enabled is not false)", [r.address]),
	"path": az.arg_path(r, ["local_auth_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_cognitive_account"])
	v := az.value(r, ["local_auth_enabled"], true)
	tc.is_true(v)
}
