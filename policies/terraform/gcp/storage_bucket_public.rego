# METADATA
# title: Cloud Storage bucket is public
# description: >-
#   Granting a role on a bucket to `allUsers` (anyone on the Internet) or
#   `allAuthenticatedUsers` (any Google account) makes its objects public.
#   Checked in `google_storage_bucket_iam_member`,
#   `google_storage_bucket_iam_binding`, `google_storage_bucket_access_control`,
#   `google_storage_default_object_access_control` and
#   `google_storage_bucket_acl` (`role_entity`).
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam
#   - https://cloud.google.com/storage/docs/access-control/making-data-public
#   - https://cloud.google.com/storage/docs/public-access-prevention
# custom:
#   id: VD-TF-GCP-001
#   severity: high
#   remediation: >-
#     Remove the `allUsers`/`allAuthenticatedUsers` member and grant the role
#     to specific principals; set `public_access_prevention = "enforced"` on
#     the `google_storage_bucket`. Serve public content through a load
#     balancer with Cloud CDN and signed URLs if needed.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["5.1"]
#     NIST-800-53: ["AC-3", "AC-21"]
#   example: |
#     resource "google_storage_bucket_iam_member" "public" {
#       bucket = google_storage_bucket.site.name
#       role   = "roles/storage.objectViewer"
#       member = "allUsers"
#     }
package verdict.terraform.gcp.storage_bucket_public

import data.verdict.lib.terraform as tf
import rego.v1

public := {"allUsers", "allAuthenticatedUsers"}

deny contains finding(r, ["member"], r.config.member) if {
	some r in tf.of_type("google_storage_bucket_iam_member")
	r.config.member in public
}

deny contains finding(r, ["members", i], m) if {
	some r in tf.of_type("google_storage_bucket_iam_binding")
	is_array(r.config.members)
	some i, m in r.config.members
	m in public
}

deny contains finding(r, ["entity"], r.config.entity) if {
	some t in ["google_storage_bucket_access_control", "google_storage_default_object_access_control"]
	some r in tf.of_type(t)
	r.config.entity in public
}

deny contains finding(r, ["role_entity", i], entity) if {
	some r in tf.of_type("google_storage_bucket_acl")
	is_array(r.config.role_entity)
	some i, role_entity in r.config.role_entity
	is_string(role_entity)
	some entity in public
	endswith(role_entity, concat("", [":", entity]))
}

finding(r, keys, who) := {
	"msg": sprintf("%s grants bucket access to %s", [r.address, who]),
	"path": tf.attr_path(r, keys),
	"resource": r.address,
}
