# METADATA
# title: BigQuery dataset or table accessible to allUsers
# description: >-
#   A BigQuery dataset `access` block (in `google_bigquery_dataset` or
#   `google_bigquery_dataset_access`) with `special_group =
#   "allAuthenticatedUsers"` or `iam_member` set to `allUsers` /
#   `allAuthenticatedUsers`, or a `google_bigquery_dataset_iam_*` /
#   `google_bigquery_table_iam_*` member/binding granting a role to them,
#   exposes the data to anyone on the Internet or with a Google account.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset_iam
#   - https://cloud.google.com/bigquery/docs/control-access-to-resources-iam
# custom:
#   id: VD-TF-GCP-054
#   severity: high
#   remediation: >-
#     Remove the public access entry or member and grant the BigQuery role to
#     specific groups or service accounts; share public data through
#     Analytics Hub or authorized views.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["7.1"]
#     NIST-800-53: ["AC-3", "AC-21"]
#   example: |
#     resource "google_bigquery_dataset" "sales" {
#       dataset_id = "sales"
#       access {
#         role          = "READER"
#         special_group = "allAuthenticatedUsers"
#       }
#     }
package verdict.terraform.gcp.bigquery_dataset_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

iam_types := {
	"google_bigquery_dataset_iam_member", "google_bigquery_dataset_iam_binding",
	"google_bigquery_table_iam_member", "google_bigquery_table_iam_binding",
}

deny contains finding(g.resource, g.keys, g.member) if {
	some g in gset.grants
	g.resource.type in iam_types
	g.member in gset.public_members
}

deny contains finding(r, ["access", i, key], a[key]) if {
	some r in tf.of_type("google_bigquery_dataset")
	some i, a in tc.blocks(r.config, "access")
	some key in ["special_group", "iam_member"]
	a[key] in gset.public_members
}

deny contains finding(r, [key], r.config[key]) if {
	some r in tf.of_type("google_bigquery_dataset_access")
	some key in ["special_group", "iam_member"]
	r.config[key] in gset.public_members
}

finding(r, keys, who) := {
	"msg": sprintf("%s grants BigQuery access to %s", [r.address, who]),
	"path": tf.attr_path(r, keys),
	"resource": r.address,
}
