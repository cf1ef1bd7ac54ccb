# METADATA
# title: MySQL flexible server allows TLS older than 1.2
# description: >-
#   An `azurerm_mysql_flexible_server_configuration` setting `tls_version` to
#   a list that includes `TLSv1` or `TLSv1.1` lets clients negotiate
#   deprecated TLS versions. The server default (TLSv1.2) is not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mysql_flexible_server_configuration
#   - https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-networking#tls-and-ssl
# custom:
#   id: VD-TF-AZ-058
#   severity: medium
#   remediation: >-
#     Set the `tls_version` configuration's `value = "TLSv1.2"` (or
#     `"TLSv1.2,TLSv1.3"`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["4.4.2"]
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_mysql_flexible_server_configuration" "tls" {
#       name                = "tls_version"
#       server_name         = azurerm_mysql_flexible_server.db.name
#       resource_group_name = "rg"
#       value               = "TLSv1,TLSv1.1,TLSv1.2"
#     }
package verdict.terraform.azure.mysql_tls_version

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("%s allows %s (minimum should be TLSv1.2)", [r.address, concat(", ", sort(old))]),
	"path": az.arg_path(r, ["value"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_mysql_flexible_server_configuration"])
	az.value(r, ["name"], "") == "tls_version"
	value := az.value(r, ["value"], "")
	is_string(value)
	old := {v | some part in split(value, ","); v := trim_space(part); lower(v) in {"tlsv1", "tlsv1.0", "tlsv1.1"}}
	count(old) > 0
}
