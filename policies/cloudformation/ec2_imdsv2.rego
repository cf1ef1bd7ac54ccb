# METADATA
# title: EC2 instance metadata service does not require IMDSv2
# description: >-
#   An `AWS::EC2::Instance`, `AWS::EC2::LaunchTemplate` (`LaunchTemplateData`)
#   or `AWS::AutoScaling::LaunchConfiguration` whose `MetadataOptions` do not
#   set `HttpTokens: required` still answers IMDSv1 requests, so an SSRF in the
#   workload can read the instance role's credentials. `HttpTokens` defaults
#   to `optional` unless the AMI is flagged for IMDSv2; an image known to be
#   Amazon Linux 2023 (whose AMIs default to `required`), `HttpEndpoint:
#   disabled`, and an instance without `MetadataOptions` that takes its
#   settings from a `LaunchTemplate` are not judged. Reported at `HttpTokens`
#   when it is written, else at the closest enclosing property.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-metadataoptions.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata-metadataoptions.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-launchconfiguration-metadataoptions.html
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
# custom:
#   id: VD-CFN-049
#   severity: high
#   remediation: >-
#     Add `MetadataOptions: {HttpEndpoint: enabled, HttpTokens: required,
#     HttpPutResponseHopLimit: 1}` (hop limit 2 for containers on the
#     instance) to the instance, the launch template's `LaunchTemplateData` or
#     the launch configuration.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["5.6"]
#     AWS-FSBP: ["EC2.8", "AutoScaling.3"]
#     NIST-800-53: ["AC-3"]
#   example: |
#     Resources:
#       Web:
#         Type: AWS::EC2::Instance
#         Properties:
#           ImageId: ami-0abcdef1234567890
#           InstanceType: t3.micro
package verdict.cloudformation.ec2_imdsv2

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

# Where the instance settings are: [resource, keys to them].
targets contains [r, []] if {
	some r in cfn.resources
	r.type in {"AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"}
}

targets contains [r, ["LaunchTemplateData"]] if {
	some r in cfn.of_type("AWS::EC2::LaunchTemplate")
}

deny contains {
	"msg": sprintf("%s %q does not require IMDSv2 (MetadataOptions.HttpTokens is %s)", [kind(r), r.name, shown(tokens)]),
	"path": w.path_to(r.path, r.properties, keys),
	"resource": r.name,
} if {
	some [r, base] in targets
	keys := array.concat(base, ["MetadataOptions", "HttpTokens"])
	tokens := w.get(r.properties, keys)
	not_required(tokens)
	endpoint := w.get(r.properties, array.concat(base, ["MetadataOptions", "HttpEndpoint"]))
	not disabled(endpoint)
	not from_launch_template(r)
	not al2023(w.get(r.properties, array.concat(base, ["ImageId"])))
}

not_required(c) if c.absent == true

not_required(c) if {
	is_string(c.value)
	c.value != "required"
}

disabled(c) if w.lowered(c) == "disabled"

from_launch_template(r) if {
	r.type == "AWS::EC2::Instance"
	not "MetadataOptions" in object.keys(r.properties)
	"LaunchTemplate" in object.keys(r.properties)
}

al2023(c) if contains(c.value, "al2023")

kind(r) := "launch template" if r.type == "AWS::EC2::LaunchTemplate"

else := "launch configuration" if r.type == "AWS::AutoScaling::LaunchConfiguration"

else := "EC2 instance"

shown(c) := sprintf("%q", [c.value]) if is_string(c.value)

else := "unset (optional)"
