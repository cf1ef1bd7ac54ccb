# METADATA
# title: SQL threat detection alert policy disabled or without recipients
# description: >-
#   An `azurerm_mssql_server_security_alert_policy` with `state = "Disabled"`
#   turns off Microsoft Defender for SQL threat detection (SQL injection,
#   anomalous logins, data exfiltration) for the server; one that is enabled
#   but has no `email_addresses` and `email_account_admins` not true sends its
#   alerts to nobody.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_security_alert_policy
#   - https://learn.microsoft.com/en-us/azure/azure-sql/database/threat-detection-configure
# custom:
#   id: VD-TF-AZ-041
#   severity: medium
#   remediation: >-
#     Set `state = "Enabled"`, leave `disabled_alerts` empty, and set
#     `email_addresses = ["secops@example.com"]` and/or
#     `email_account_admins = true`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SI-4", "IR-6"]
#   example: |
#     resource "azurerm_mssql_server_security_alert_policy" "sql" {
#       resource_group_name = "rg"
#       server_name         = azurerm_mssql_server.sql.name
#       state               = "Disabled"
#     }
package verdict.terraform.azure.mssql_alert_policy

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

types := ["azurerm_mssql_server_security_alert_policy"]

deny contains {
	"msg": sprintf("SQL security alert policy %s is disabled", [r.address]),
	"path": az.arg_path(r, ["state"]),
	"resource": r.address,
} if {
	some r in az.of_types(types)
	az.value(r, ["state"], "") == "Disabled"
}

deny contains {
	"msg": sprintf("SQL security alert policy %s sends its alerts to nobody (no email_addresses, email_account_admins not true)", [r.address]),
	"path": az.arg_path(r, ["email_addresses"]),
	"resource": r.address,
} if {
	some r in az.of_types(types)
	az.value(r, ["state"], "") == "Enabled"
	az.value(r, ["email_addresses"], []) == []
	tc.is_false(az.value(r, ["email_account_admins"], false))
}
