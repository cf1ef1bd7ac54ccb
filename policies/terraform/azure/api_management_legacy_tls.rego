# METADATA
# title: API Management accepts SSL 3.0 or TLS 1.0/1.1
# description: >-
#   An `azurerm_api_management` whose `security` block enables SSL 3.0, TLS
#   1.0 or TLS 1.1 on its frontend (clients) or backend (APIs) side —
#   `frontend_tls10_enabled = true` and the like (`enable_frontend_tls10`
#   before azurerm 4.0) — negotiates deprecated protocols with known attacks.
#   The provider defaults are false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/api_management#security
#   - https://learn.microsoft.com/en-us/azure/api-management/api-management-howto-manage-protocols-ciphers
# custom:
#   id: VD-TF-AZ-057
#   severity: medium
#   remediation: >-
#     Remove the arguments or set them to false in the `security` block; only
#     TLS 1.2 and later remain.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_api_management" "apim" {
#       name            = "apim"
#       publisher_name  = "Example"
#       publisher_email = "api@example.com"
#       sku_name        = "Developer_1"
#       security {
#         frontend_tls10_enabled = true
#       }
#     }
package verdict.terraform.azure.api_management_legacy_tls

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

protocols := {
	"frontend_ssl30_enabled": "SSL 3.0 (frontend)",
	"frontend_tls10_enabled": "TLS 1.0 (frontend)",
	"frontend_tls11_enabled": "TLS 1.1 (frontend)",
	"backend_ssl30_enabled": "SSL 3.0 (backend)",
	"backend_tls10_enabled": "TLS 1.0 (backend)",
	"backend_tls11_enabled": "TLS 1.1 (backend)",
	"enable_frontend_ssl30": "SSL 3.0 (frontend)",
	"enable_frontend_tls10": "TLS 1.0 (frontend)",
	"enable_frontend_tls11": "TLS 1.1 (frontend)",
	"enable_backend_ssl30": "SSL 3.0 (backend)",
	"enable_backend_tls10": "TLS 1.0 (backend)",
	"enable_backend_tls11": "TLS 1.1 (backend)",
}

deny contains {
	"msg": sprintf("API Management %s accepts %s", [r.address, protocol]),
	"path": tf.attr_path(r, ["security", 0, key]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_api_management"])
	some key, protocol in protocols
	tc.is_true(object.get(r.config, ["security", 0, key], null))
}
