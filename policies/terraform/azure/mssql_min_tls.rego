# METADATA
# title: SQL server allows TLS older than 1.2
# description: >-
#   `minimum_tls_version = "1.0"`, `"1.1"` or `"Disabled"` on an
#   `azurerm_mssql_server` lets clients connect with deprecated TLS versions (or
#   any version). Absent, the azurerm 3.x/4.x default is 1.2, which is not
#   reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version
#   - https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#configure-minimum-tls-version
# custom:
#   id: VD-TF-AZ-010
#   severity: medium
#   remediation: >-
#     Set `minimum_tls_version = "1.2"` on the SQL server.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_mssql_server" "sql" {
#       name                = "sql"
#       version             = "12.0"
#       minimum_tls_version = "1.0"
#     }
package verdict.terraform.azure.mssql_min_tls

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("SQL server %s allows TLS %v (minimum should be 1.2)", [r.address, v]),
	"path": az.arg_path(r, ["minimum_tls_version"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_mssql_server"])
	v := az.value(r, ["minimum_tls_version"], "1.2")
	v in {"1.0", "1.1", "Disabled"}
}
