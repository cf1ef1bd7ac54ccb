# METADATA
# title: Premium container registry reachable over its public endpoint
# description: >-
#   A Premium `azurerm_container_registry` with `public_network_access_enabled`
#   true (the provider default) accepts pushes and pulls from any network
#   instead of only through private endpoints or its network rules. Basic and
#   Standard registries cannot turn the public endpoint off and are not
#   reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#public_network_access_enabled
#   - https://learn.microsoft.com/en-us/azure/container-registry/container-registry-access-selected-networks#disable-public-network-access
# custom:
#   id: VD-TF-AZ-030
#   severity: medium
#   remediation: >-
#     Set `public_network_access_enabled = false` and reach the registry through
#     an `azurerm_private_endpoint` (or keep it on with a `network_rule_set`
#     whose `default_action = "Deny"`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "azurerm_container_registry" "acr" {
#       name = "acr"
#       sku  = "Premium"
#     }
package verdict.terraform.azure.acr_public_network

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("container registry %s accepts traffic on its public endpoint", [r.address]),
	"path": az.arg_path(r, ["public_network_access_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_container_registry"])
	v := az.value(r, ["public_network_access_enabled"], true)
	az.value(r, ["sku"], "") == "Premium"
	not network_rules_deny(r)
	tc.is_true(v)
}

# A network rule set that denies by default already limits the public endpoint.
network_rules_deny(r) if az.value(r, ["network_rule_set", 0, "default_action"], "") == "Deny"
