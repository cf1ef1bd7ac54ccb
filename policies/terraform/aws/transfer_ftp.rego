# METADATA
# title: Transfer Family server accepts plain FTP
# description: >-
#   An `aws_transfer_server` whose `protocols` include "FTP" (the default is
#   SFTP only) lets clients send their user names, passwords and files in
#   clear text. The finding points at `protocols`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/transfer_server#protocols
#   - https://docs.aws.amazon.com/transfer/latest/userguide/create-server-ftp.html
# custom:
#   id: VD-TF-AWS-159
#   severity: high
#   remediation: >-
#     Remove "FTP" from `protocols` and use "SFTP" or "FTPS" (with a
#     `certificate`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_transfer_server" "ftp" {
#       endpoint_type          = "VPC"
#       protocols              = ["FTP"]
#       identity_provider_type = "API_GATEWAY"
#     }
package verdict.terraform.aws.transfer_ftp

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("Transfer Family server %q accepts unencrypted FTP", [r.address]),
	"path": tf.attr_path(r, ["protocols"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_transfer_server")
	protocols := aws.value(r, ["protocols"], ["SFTP"])
	is_array(protocols)
	some p in protocols
	is_string(p)
	upper(p) == "FTP"
}
