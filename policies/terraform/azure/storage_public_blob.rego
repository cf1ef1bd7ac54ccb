# METADATA
# title: Storage allows anonymous public blob access
# description: >-
#   Anonymous (public) read access to blobs is on when an
#   `azurerm_storage_container` has `container_access_type = "blob"` or
#   `"container"`, or an `azurerm_storage_account` explicitly permits it with
#   `allow_nested_items_to_be_public = true` (`allow_blob_public_access` in
#   azurerm 2.x). In HCL an absent account argument is not reported, since the
#   default differs between provider versions; plans show the effective value.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type
#   - https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent
# custom:
#   id: VD-TF-AZ-003
#   severity: high
#   remediation: >-
#     Set `allow_nested_items_to_be_public = false` on the storage account and
#     `container_access_type = "private"` on its containers; share data with
#     SAS tokens or Entra ID RBAC instead.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["3.7"]
#     NIST-800-53: ["AC-3", "AC-21"]
#   example: |
#     resource "azurerm_storage_container" "assets" {
#       name                  = "assets"
#       storage_account_name  = azurerm_storage_account.data.name
#       container_access_type = "blob"
#     }
package verdict.terraform.azure.storage_public_blob

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("storage account %s allows anonymous public access to blobs (%s = true)", [r.address, key]),
	"path": tf.attr_path(r, [key]),
	"resource": r.address,
} if {
	some r in tf.of_type("azurerm_storage_account")
	some key in ["allow_nested_items_to_be_public", "allow_blob_public_access"]
	tc.is_true(r.config[key])
}

deny contains {
	"msg": sprintf("storage container %s is publicly readable (container_access_type = %q)", [r.address, r.config.container_access_type]),
	"path": tf.attr_path(r, ["container_access_type"]),
	"resource": r.address,
} if {
	some r in tf.of_type("azurerm_storage_container")
	r.config.container_access_type in {"blob", "container"}
}
