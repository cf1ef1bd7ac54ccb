# METADATA
# title: Redis cache allows TLS older than 1.2
# description: >-
#   `minimum_tls_version = "1.0"` or `"1.1"` on an `azurerm_redis_cache` lets
#   clients negotiate deprecated TLS versions. Absent, azurerm 4.x defaults to
#   1.2 (3.x to 1.0: a plan shows the effective value, HCL without the argument
#   is not reported).
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#minimum_tls_version
#   - https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-remove-tls-10-11
# custom:
#   id: VD-TF-AZ-027
#   severity: medium
#   remediation: >-
#     Set `minimum_tls_version = "1.2"` on the cache.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_redis_cache" "cache" {
#       name                = "cache"
#       sku_name            = "Standard"
#       minimum_tls_version = "1.0"
#     }
package verdict.terraform.azure.redis_min_tls

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("Redis cache %s allows TLS %v (minimum should be 1.2)", [r.address, v]),
	"path": az.arg_path(r, ["minimum_tls_version"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_redis_cache"])
	v := az.value(r, ["minimum_tls_version"], "1.2")
	v in {"1.0", "1.1"}
}
