# METADATA
# title: Kinesis data stream not encrypted at rest
# description: >-
#   An `AWS::Kinesis::Stream` without `StreamEncryption` (`EncryptionType:
#   KMS`) keeps its records unencrypted in the stream's storage for the whole
#   retention period; server-side encryption is off by default. Reported at
#   `StreamEncryption` when it is written, else at the stream's Properties;
#   a configuration that depends on a condition or an unresolved parameter is
#   not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesis-stream-streamencryption.html
#   - https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html
# custom:
#   id: VD-CFN-084
#   severity: medium
#   remediation: >-
#     Add `StreamEncryption: {EncryptionType: KMS, KeyId: alias/aws/kinesis}`
#     (or a customer managed key) to the stream.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["Kinesis.1"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     Resources:
#       Events:
#         Type: AWS::Kinesis::Stream
#         Properties:
#           ShardCount: 1
package verdict.cloudformation.kinesis_stream_encryption

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("Kinesis stream %q is not encrypted at rest", [r.name]),
	"path": w.path_to(r.path, r.properties, keys),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::Kinesis::Stream")
	keys := ["StreamEncryption", "EncryptionType"]
	unencrypted(w.get(r.properties, keys))
}

unencrypted(c) if c.absent == true

unencrypted(c) if c.value == "NONE"
