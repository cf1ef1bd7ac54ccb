# METADATA
# title: Web application firewall policy only detects
# description: >-
#   An `azurerm_web_application_firewall_policy` (Application Gateway) with
#   `policy_settings { mode = "Detection" }`, or an
#   `azurerm_cdn_frontdoor_firewall_policy` (Front Door) with `mode =
#   "Detection"`, logs attacks but lets them through to the application.
#   Absent, the Application Gateway default is Prevention, which is not
#   reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/web_application_firewall_policy#mode
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cdn_frontdoor_firewall_policy#mode
#   - https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/ag-overview#waf-modes
# custom:
#   id: VD-TF-AZ-035
#   severity: medium
#   remediation: >-
#     Set `mode = "Prevention"` in the policy's `policy_settings` once tuning in
#     Detection mode is done.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-7", "SI-4"]
#     PCI-DSS-4.0: ["6.4.2"]
#   example: |
#     resource "azurerm_web_application_firewall_policy" "waf" {
#       name = "waf"
#       policy_settings {
#         mode = "Detection"
#       }
#     }
package verdict.terraform.azure.waf_policy_detection_mode

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("WAF policy %s runs in Detection mode (attacks are logged, not blocked)", [r.address]),
	"path": az.arg_path(r, ["policy_settings", 0, "mode"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_web_application_firewall_policy"])
	v := az.value(r, ["policy_settings", 0, "mode"], "Prevention")
	v == "Detection"
}

deny contains {
	"msg": sprintf("WAF policy %s runs in Detection mode (attacks are logged, not blocked)", [r.address]),
	"path": az.arg_path(r, ["mode"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_cdn_frontdoor_firewall_policy"])
	az.value(r, ["mode"], "") == "Detection"
}
