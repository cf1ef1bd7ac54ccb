# METADATA
# title: Cloud Audit Logs config for allServices is incomplete or exempts members
# description: >-
#   A `google_project_iam_audit_config` (or the folder and organization
#   equivalents) for `service = "allServices"` that does not enable all of
#   ADMIN_READ, DATA_READ and DATA_WRITE in its `audit_log_config` blocks, or
#   that lists `exempted_members`, leaves reads and writes of user data (or
#   the activity of the exempted principals) out of the audit trail.
#   Configurations whose blocks are `dynamic` are not evaluated.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam#google_project_iam_audit_config
#   - https://cloud.google.com/logging/docs/audit/configure-data-access
# custom:
#   id: VD-TF-GCP-057
#   severity: medium
#   remediation: >-
#     Add `audit_log_config` blocks with `log_type` ADMIN_READ, DATA_READ and
#     DATA_WRITE to the allServices audit config, and remove
#     `exempted_members`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["2.1"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "google_project_iam_audit_config" "all" {
#       project = "acme-prod"
#       service = "allServices"
#       audit_log_config {
#         log_type = "ADMIN_READ"
#       }
#     }
package verdict.terraform.gcp.audit_config_all_services

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

types := {"google_project_iam_audit_config", "google_folder_iam_audit_config", "google_organization_iam_audit_config"}

required := {"ADMIN_READ", "DATA_READ", "DATA_WRITE"}

deny contains {
	"msg": sprintf("%s does not audit %s for allServices", [r.address, concat(", ", sort(missing))]),
	"path": tf.attr_path(r, ["service"]),
	"resource": r.address,
} if {
	some r in configs
	not tc.dynamic_block(r.config, "audit_log_config")
	logged := {c.log_type | some c in tc.blocks(r.config, "audit_log_config")}
	not unknown_type(logged)
	missing := required - logged
	count(missing) > 0
}

deny contains {
	"msg": sprintf("%s exempts %s from %s audit logs", [r.address, m, c.log_type]),
	"path": tf.attr_path(r, ["audit_log_config", i, "exempted_members", j]),
	"resource": r.address,
} if {
	some r in configs
	some i, c in tc.blocks(r.config, "audit_log_config")
	is_array(c.exempted_members)
	some j, m in c.exempted_members
}

configs contains r if {
	some r in tf.resources
	r.type in types
	r.config.service == "allServices"
}

unknown_type(logged) if {
	some t in logged
	tf.unknown(t)
}
