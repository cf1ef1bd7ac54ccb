# METADATA
# title: Container registry allows anonymous pull
# description: >-
#   An `azurerm_container_registry` with `anonymous_pull_enabled = true` lets
#   anyone on the Internet pull its images, with whatever code, configuration
#   and secrets they contain. The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#anonymous_pull_enabled
#   - https://learn.microsoft.com/en-us/azure/container-registry/anonymous-pull-access
# custom:
#   id: VD-TF-AZ-029
#   severity: high
#   remediation: >-
#     Set `anonymous_pull_enabled = false` and grant `AcrPull` to the identities
#     that need the images.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-14"]
#   example: |
#     resource "azurerm_container_registry" "acr" {
#       name                   = "acr"
#       sku                    = "Standard"
#       anonymous_pull_enabled = true
#     }
package verdict.terraform.azure.acr_anonymous_pull

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("container registry %s allows anonymous pull", [r.address]),
	"path": az.arg_path(r, ["anonymous_pull_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_container_registry"])
	v := az.value(r, ["anonymous_pull_enabled"], false)
	tc.is_true(v)
}
