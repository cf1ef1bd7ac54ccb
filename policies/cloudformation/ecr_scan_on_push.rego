# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   An `AWS::ECR::Repository` without `ImageScanningConfiguration: {ScanOnPush:
#   true}` (off by default) accepts images without scanning them for known
#   vulnerabilities. Not reported when the template also declares an
#   `AWS::ECR::RegistryScanningConfiguration`, which replaces the per-
#   repository setting. Reported at `ScanOnPush` when it is written, else at
#   the closest enclosing property.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-imagescanningconfiguration.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-registryscanningconfiguration.html
#   - https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
# custom:
#   id: VD-CFN-065
#   severity: medium
#   remediation: >-
#     Add `ImageScanningConfiguration: {ScanOnPush: true}` to the repository,
#     or configure registry-wide scanning (enhanced scanning with Amazon
#     Inspector) with `AWS::ECR::RegistryScanningConfiguration`.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ECR.1"]
#     NIST-800-53: ["RA-5"]
#     PCI-DSS-4.0: ["6.3.1"]
#   example: |
#     Resources:
#       Repo:
#         Type: AWS::ECR::Repository
#         Properties:
#           RepositoryName: app
package verdict.cloudformation.ecr_scan_on_push

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

keys := ["ImageScanningConfiguration", "ScanOnPush"]

deny contains {
	"msg": sprintf("ECR repository %q does not scan images on push", [r.name]),
	"path": w.path_to(r.path, r.properties, keys),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ECR::Repository")
	w.off(w.get(r.properties, keys))
	count(cfn.of_type("AWS::ECR::RegistryScanningConfiguration")) == 0
}
