# METADATA
# title: Event Hubs or Service Bus namespace open to all networks
# description: >-
#   An `azurerm_eventhub_namespace` (Standard or higher) or a Premium
#   `azurerm_servicebus_namespace` with `public_network_access_enabled` true
#   (the provider default) and no network rule set that denies by default
#   (`network_rulesets` / `network_rule_set { default_action = "Deny" }`)
#   accepts clients from any network; only its keys and RBAC stand in the
#   way. SKUs that cannot restrict networks (Event Hubs Basic, Service Bus
#   Basic/Standard) are not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/eventhub_namespace#public_network_access_enabled
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/servicebus_namespace#public_network_access_enabled
#   - https://learn.microsoft.com/en-us/azure/event-hubs/network-security
# custom:
#   id: VD-TF-AZ-060
#   severity: medium
#   remediation: >-
#     Set `public_network_access_enabled = false` and use private endpoints,
#     or add a network rule set with `default_action = "Deny"` and the
#     `ip_rule`/`virtual_network_rule` entries that need access.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "azurerm_eventhub_namespace" "events" {
#       name     = "events"
#       sku      = "Standard"
#       capacity = 1
#     }
package verdict.terraform.azure.messaging_public_network

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

# The namespace types, the SKUs that can restrict networks, and the name of
# their network rule set block.
namespaces := {
	"azurerm_eventhub_namespace": {"skus": {"Standard", "Premium"}, "rules": "network_rulesets"},
	"azurerm_servicebus_namespace": {"skus": {"Premium"}, "rules": "network_rule_set"},
}

deny contains {
	"msg": sprintf("namespace %s accepts clients from any network", [r.address]),
	"path": az.arg_path(r, ["public_network_access_enabled"]),
	"resource": r.address,
} if {
	some type, ns in namespaces
	some r in az.of_types([type])
	az.value(r, ["sku"], "") in ns.skus
	tc.is_true(az.value(r, ["public_network_access_enabled"], true))
	az.value(r, [ns.rules, 0, "default_action"], "Allow") == "Allow"
}
