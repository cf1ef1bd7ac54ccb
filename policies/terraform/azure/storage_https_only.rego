# METADATA
# title: Storage account accepts plain HTTP
# description: >-
#   An `azurerm_storage_account` with `https_traffic_only_enabled = false`
#   (azurerm 4.x; `enable_https_traffic_only` before) accepts requests and SAS
#   tokens over unencrypted HTTP. The provider default is true, so only an
#   explicit false is reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#https_traffic_only_enabled
#   - https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer
# custom:
#   id: VD-TF-AZ-001
#   severity: high
#   remediation: >-
#     Remove the argument or set `https_traffic_only_enabled = true`
#     (`enable_https_traffic_only = true` on azurerm 3.x) on the storage
#     account.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["3.1"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_storage_account" "data" {
#       name                       = "data"
#       https_traffic_only_enabled = false
#     }
package verdict.terraform.azure.storage_https_only

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("storage account %s allows HTTP traffic (%s = false)", [r.address, key]),
	"path": tf.attr_path(r, [key]),
	"resource": r.address,
} if {
	some r in tf.of_type("azurerm_storage_account")
	some key in ["https_traffic_only_enabled", "enable_https_traffic_only"]
	tc.is_false(r.config[key])
}
