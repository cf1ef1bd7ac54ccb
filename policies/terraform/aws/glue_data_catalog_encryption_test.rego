package verdict.terraform.aws.glue_data_catalog_encryption_test

import data.verdict.terraform.aws.glue_data_catalog_encryption
import rego.v1

res(body) := {"resource": {"aws_glue_data_catalog_encryption_settings": {"x": [object.union({"data_catalog_encryption_settings": [{"connection_password_encryption": [{"return_connection_password_encrypted": true, "aws_kms_key_id": "k"}], "encryption_at_rest": [{"catalog_encryption_mode": "SSE-KMS", "sse_aws_kms_key_id": "k"}]}]}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in glue_data_catalog_encryption.deny] with input as res({"data_catalog_encryption_settings": [{"connection_password_encryption": [{"return_connection_password_encrypted": true}], "encryption_at_rest": [{"catalog_encryption_mode": "DISABLED"}]}]})
	r.path == ["resource", "aws_glue_data_catalog_encryption_settings", "x", 0, "data_catalog_encryption_settings", 0, "encryption_at_rest", 0, "catalog_encryption_mode"]
	r.resource == "aws_glue_data_catalog_encryption_settings.x"
}

test_fires_1 if {
	[r] := [x | some x in glue_data_catalog_encryption.deny] with input as res({"data_catalog_encryption_settings": [{"connection_password_encryption": [{"return_connection_password_encrypted": false}], "encryption_at_rest": [{"catalog_encryption_mode": "SSE-KMS"}]}]})
	r.path == ["resource", "aws_glue_data_catalog_encryption_settings", "x", 0, "data_catalog_encryption_settings", 0, "connection_password_encryption", 0, "return_connection_password_encrypted"]
	r.resource == "aws_glue_data_catalog_encryption_settings.x"
}

test_passes_0 if {
	count(glue_data_catalog_encryption.deny) == 0 with input as res({})
}

test_unknown_passes_0 if {
	count(glue_data_catalog_encryption.deny) == 0 with input as res({"data_catalog_encryption_settings": [{"connection_password_encryption": [{"return_connection_password_encrypted": "${var.a}"}], "encryption_at_rest": [{"catalog_encryption_mode": "${var.b}"}]}]})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_glue_data_catalog_encryption_settings.x", "mode": "managed", "type": "aws_glue_data_catalog_encryption_settings", "name": "x", "values": {"data_catalog_encryption_settings": [{"connection_password_encryption": [{"return_connection_password_encrypted": false, "aws_kms_key_id": null}], "encryption_at_rest": [{"catalog_encryption_mode": "DISABLED", "sse_aws_kms_key_id": null}]}]}}]}}}
	count(glue_data_catalog_encryption.deny) == 2 with input as inp
}
