# METADATA
# title: Data Factory reachable over its public endpoint
# description: >-
#   An `azurerm_data_factory` with `public_network_enabled` true (the provider
#   default) lets self-hosted integration runtimes and clients reach it over the
#   public Internet instead of only through private endpoints.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/data_factory#public_network_enabled
#   - https://learn.microsoft.com/en-us/azure/data-factory/data-factory-private-link
# custom:
#   id: VD-TF-AZ-032
#   severity: medium
#   remediation: >-
#     Set `public_network_enabled = false` and connect through an
#     `azurerm_private_endpoint` (`dataFactory` sub-resource).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "azurerm_data_factory" "etl" {
#       name                = "etl"
#       location            = "westeurope"
#       resource_group_name = "rg"
#     }
package verdict.terraform.azure.data_factory_public_network

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("data factory %s is reachable over the public network", [r.address]),
	"path": az.arg_path(r, ["public_network_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_data_factory"])
	v := az.value(r, ["public_network_enabled"], true)
	tc.is_true(v)
}
