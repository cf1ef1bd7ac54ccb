# METADATA
# title: Application gateway without a web application firewall
# description: >-
#   An `azurerm_application_gateway` on the `Standard`/`Standard_v2` tier, or
#   on a WAF tier with `waf_configuration { enabled = false }` and no
#   `firewall_policy_id`, forwards requests to the backends without
#   inspecting them for SQL injection, XSS and other OWASP attacks.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/application_gateway#waf_configuration
#   - https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/ag-overview
# custom:
#   id: VD-TF-AZ-052
#   severity: medium
#   remediation: >-
#     Use `sku { tier = "WAF_v2" }` with an
#     `azurerm_web_application_firewall_policy` (`firewall_policy_id`) in
#     Prevention mode.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-7", "SI-4"]
#     PCI-DSS-4.0: ["6.4.2"]
#   example: |
#     resource "azurerm_application_gateway" "edge" {
#       name = "edge"
#       sku {
#         name     = "Standard_v2"
#         tier     = "Standard_v2"
#         capacity = 2
#       }
#     }
package verdict.terraform.azure.app_gateway_waf

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("application gateway %s has no web application firewall (sku tier %s)", [r.address, tier]),
	"path": az.arg_path(r, ["sku", 0, "tier"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_application_gateway"])
	tier := az.value(r, ["sku", 0, "tier"], "")
	tier in {"Standard", "Standard_v2"}
}

deny contains {
	"msg": sprintf("application gateway %s disables its web application firewall", [r.address]),
	"path": az.arg_path(r, ["waf_configuration", 0, "enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_application_gateway"])
	az.value(r, ["sku", 0, "tier"], "") in {"WAF", "WAF_v2"}
	tc.is_false(az.value(r, ["waf_configuration", 0, "enabled"], true))
	az.value(r, ["firewall_policy_id"], "") == ""
}
