# METADATA
# title: Security group rule without a description
# description: >-
#   A security group rule (inline `SecurityGroupIngress`/`SecurityGroupEgress`
#   of an `AWS::EC2::SecurityGroup`, or an `AWS::EC2::SecurityGroupIngress` /
#   `AWS::EC2::SecurityGroupEgress`) without `Description` leaves reviewers
#   guessing why the opening exists, so stale rules are never removed. This
#   is a hygiene warning.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-securitygroup-ingress.html#cfn-ec2-securitygroup-ingress-description
#   - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: VD-CFN-023
#   severity: low
#   remediation: >-
#     Add a `Description` to every rule saying what it lets in or out and
#     why (e.g. `Description: HTTPS from the public load balancer`).
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["CM-6"]
#   example: |
#     Resources:
#       Web:
#         Type: AWS::EC2::SecurityGroup
#         Properties:
#           GroupDescription: web
#           SecurityGroupIngress:
#             - IpProtocol: tcp
#               FromPort: 443
#               ToPort: 443
#               CidrIp: 10.0.0.0/8
package verdict.cloudformation.security_group_rule_description

import data.verdict.lib.cloudformation_platform as p
import data.verdict.lib.cloudformation_platform_sets as sets
import rego.v1

warn contains {
	"msg": sprintf("%s %q has an %s rule without a Description", [g.what, g.resource, g.direction]),
	"path": g.path,
	"resource": g.resource,
} if {
	some g in sets.sg_rules
	p.absent(g.rule, "Description")
}
