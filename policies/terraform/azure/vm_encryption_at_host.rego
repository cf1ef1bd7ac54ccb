# METADATA
# title: VM without encryption at host
# description: >-
#   An `azurerm_linux_virtual_machine`, `azurerm_windows_virtual_machine` or
#   scale set without `encryption_at_host_enabled = true` leaves its temporary
#   disk and disk caches on the host unencrypted; only the managed disks are
#   encrypted at rest. The provider default is false (the subscription needs the
#   `EncryptionAtHost` feature).
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#encryption_at_host_enabled
#   - https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data
# custom:
#   id: VD-TF-AZ-034
#   severity: low
#   remediation: >-
#     Set `encryption_at_host_enabled = true` on the VM or scale set.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "azurerm_linux_virtual_machine" "vm" {
#       name           = "vm"
#       size           = "Standard_D2s_v5"
#       admin_username = "azureuser"
#     }
package verdict.terraform.azure.vm_encryption_at_host

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

warn contains {
	"msg": sprintf("VM %s does not enable encryption at host", [r.address]),
	"path": az.arg_path(r, ["encryption_at_host_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"])
	v := az.value(r, ["encryption_at_host_enabled"], false)
	tc.is_false(v)
}
