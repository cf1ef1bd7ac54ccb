# METADATA
# title: Storage account allows TLS older than 1.2
# description: >-
#   `min_tls_version = "TLS1_0"` or `"TLS1_1"` on an `azurerm_storage_account`
#   lets clients negotiate deprecated TLS versions with known weaknesses.
#   Absent, the azurerm 3.x/4.x default is TLS1_2, which is not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#min_tls_version
#   - https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version
# custom:
#   id: VD-TF-AZ-002
#   severity: medium
#   remediation: Set `min_tls_version = "TLS1_2"` on the storage account.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["3.15"]
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_storage_account" "data" {
#       name            = "data"
#       min_tls_version = "TLS1_0"
#     }
package verdict.terraform.azure.storage_min_tls

import data.verdict.lib.terraform as tf
import rego.v1

deny contains {
	"msg": sprintf("storage account %s allows %s (minimum should be TLS1_2)", [r.address, r.config.min_tls_version]),
	"path": tf.attr_path(r, ["min_tls_version"]),
	"resource": r.address,
} if {
	some r in tf.of_type("azurerm_storage_account")
	r.config.min_tls_version in {"TLS1_0", "TLS1_1"}
}
