# METADATA
# title: Microsoft Defender for Cloud plan set to Free
# description: >-
#   An `azurerm_security_center_subscription_pricing` with `tier = "Free"`
#   turns off the Defender plan for its `resource_type` (servers, SQL,
#   storage, containers, Key Vault, …): no threat detection, vulnerability
#   assessment or security alerts for those resources in the subscription.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_subscription_pricing
#   - https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-cloud-introduction
# custom:
#   id: VD-TF-AZ-059
#   severity: medium
#   remediation: >-
#     Set `tier = "Standard"` (with the plan's `subplan` where it has one) for
#     the resource types the subscription runs.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SI-4", "RA-5"]
#   example: |
#     resource "azurerm_security_center_subscription_pricing" "vms" {
#       tier          = "Free"
#       resource_type = "VirtualMachines"
#     }
package verdict.terraform.azure.defender_free_tier

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("Defender for Cloud plan %s is Free (%s unprotected)", [r.address, resource_type]),
	"path": az.arg_path(r, ["tier"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_security_center_subscription_pricing"])
	az.value(r, ["tier"], "") == "Free"
	resource_type := object.get(r.config, "resource_type", "VirtualMachines")
}
