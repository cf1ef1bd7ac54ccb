# METADATA
# title: Custom role grants every action at subscription scope
# description: >-
#   An `azurerm_role_definition` whose `permissions` list `"*"` in `actions`
#   and whose `scope` or `assignable_scopes` is a subscription, a management
#   group or the root (`/`) is a custom Owner: whoever holds it can do
#   anything there, including granting access to others. Scopes written as a
#   reference to `data.azurerm_subscription` (`….id`) count as a subscription.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_definition
#   - https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles
# custom:
#   id: VD-TF-AZ-051
#   severity: high
#   remediation: >-
#     List only the actions the role needs (e.g.
#     `Microsoft.Compute/virtualMachines/start/action`), use a built-in role,
#     or scope the role to a resource group.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-6", "AC-2"]
#   example: |
#     resource "azurerm_role_definition" "ops" {
#       name  = "ops-admin"
#       scope = data.azurerm_subscription.primary.id
#       permissions {
#         actions     = ["*"]
#         not_actions = []
#       }
#       assignable_scopes = [data.azurerm_subscription.primary.id]
#     }
package verdict.terraform.azure.role_definition_wildcard

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("custom role %s allows every action (\"*\") at %s", [r.address, scope]),
	"path": tf.attr_path(r, ["permissions", i, "actions", j]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_role_definition"])
	some i, p in list(r.config.permissions)
	some j, action in list(p.actions)
	action == "*"
	some scope in scopes(r)
	broad(scope)
}

scopes(r) := {s | is_string(r.config.scope); s := r.config.scope} | {s |
	is_array(r.config.assignable_scopes)
	some s in r.config.assignable_scopes
	is_string(s)
}

broad(s) if s == "/"

broad(s) if regex.match(`^/subscriptions/[^/]+/?$`, s)

broad(s) if regex.match(`(?i)^/providers/Microsoft\.Management/managementGroups/[^/]+/?$`, s)

# `${data.azurerm_subscription.primary.id}`
broad(s) if regex.match(`^\$\{data\.azurerm_subscription\.[A-Za-z0-9_-]+\.id\}$`, s)

# A list, or nothing to iterate (an HCL expression, a dynamic block).
list(x) := x if is_array(x)

else := []
