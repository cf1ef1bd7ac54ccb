# METADATA
# title: Redis cache with the non-TLS port open
# description: >-
#   An `azurerm_redis_cache` with `non_ssl_port_enabled = true`
#   (`enable_non_ssl_port` before azurerm 4.0) accepts connections on port 6379
#   without TLS: the access key and cached data cross the network in clear text.
#   The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#non_ssl_port_enabled
#   - https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure#access-ports
# custom:
#   id: VD-TF-AZ-026
#   severity: high
#   remediation: >-
#     Remove the argument or set `non_ssl_port_enabled = false` and connect on
#     the TLS port 6380.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_redis_cache" "cache" {
#       name                 = "cache"
#       capacity             = 1
#       family               = "C"
#       sku_name             = "Standard"
#       non_ssl_port_enabled = true
#     }
package verdict.terraform.azure.redis_non_ssl_port

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("Redis cache %s accepts connections without TLS (%s = true)", [r.address, name]),
	"path": az.arg_path(r, [name]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_redis_cache"])
	[name, v] := az.renamed(r, ["non_ssl_port_enabled", "enable_non_ssl_port"], false)
	tc.is_true(v)
}
