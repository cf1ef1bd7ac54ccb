# METADATA
# title: Linux VM allows password authentication
# description: >-
#   An `azurerm_linux_virtual_machine` or
#   `azurerm_linux_virtual_machine_scale_set` (or a legacy
#   `azurerm_virtual_machine`'s `os_profile_linux_config` block) with
#   `disable_password_authentication = false` accepts SSH passwords, which can
#   be guessed or reused, instead of keys only. The provider default is true.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#disable_password_authentication
#   - https://learn.microsoft.com/en-us/azure/virtual-machines/linux/create-ssh-keys-detailed
# custom:
#   id: VD-TF-AZ-033
#   severity: medium
#   remediation: >-
#     Remove `admin_password`, set `disable_password_authentication = true` and
#     add an `admin_ssh_key` block.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["IA-2", "IA-5"]
#   example: |
#     resource "azurerm_linux_virtual_machine" "vm" {
#       name                            = "vm"
#       size                            = "Standard_B2s"
#       admin_username                  = "azureuser"
#       admin_password                  = var.admin_password
#       disable_password_authentication = false
#     }
package verdict.terraform.azure.vm_password_authentication

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("Linux VM %s allows SSH password authentication", [r.address]),
	"path": az.arg_path(r, ["disable_password_authentication"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set"])
	v := az.value(r, ["disable_password_authentication"], true)
	tc.is_false(v)
}

# azurerm_virtual_machine (legacy): os_profile_linux_config { disable_password_authentication = false }
deny contains {
	"msg": sprintf("Linux VM %s allows SSH password authentication", [r.address]),
	"path": az.arg_path(r, ["os_profile_linux_config", 0, "disable_password_authentication"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_virtual_machine"])
	tc.is_false(az.value(r, ["os_profile_linux_config", 0, "disable_password_authentication"], true))
}
