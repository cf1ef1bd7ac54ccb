# METADATA
# title: Redis cache reachable over its public endpoint
# description: >-
#   An `azurerm_redis_cache` with `public_network_access_enabled` true (the
#   provider default) and no `subnet_id` (VNet injection) accepts connections on
#   its public endpoint from every address its firewall rules allow, instead of
#   only through private endpoints.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#public_network_access_enabled
#   - https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-private-link
# custom:
#   id: VD-TF-AZ-055
#   severity: medium
#   remediation: >-
#     Set `public_network_access_enabled = false` and connect through an
#     `azurerm_private_endpoint` (`redisCache` sub-resource).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "azurerm_redis_cache" "cache" {
#       name     = "cache"
#       capacity = 1
#       family   = "C"
#       sku_name = "Standard"
#     }
package verdict.terraform.azure.redis_public_network

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("Redis cache %s accepts connections on its public endpoint", [r.address]),
	"path": az.arg_path(r, ["public_network_access_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_redis_cache"])
	v := az.value(r, ["public_network_access_enabled"], true)
	az.value(r, ["subnet_id"], "") == ""
	tc.is_true(v)
}
