package verdict.terraform.aws.ec2_user_data_credentials_test

import data.verdict.terraform.aws.ec2_user_data_credentials as rule
import rego.v1

res(type, body) := {"resource": {type: {"web": [body]}}}

test_plain_user_data_fires if {
	[r] := [x | some x in rule.deny] with input as res("aws_instance", {"user_data": "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"})
	r.path == ["resource", "aws_instance", "web", 0, "user_data"]
}

test_base64_launch_template_fires if {
	b := base64.encode("#!/bin/bash\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")
	[r] := [x | some x in rule.deny] with input as res("aws_launch_template", {"user_data": b})
	r.path == ["resource", "aws_launch_template", "web", 0, "user_data"]
}

test_clean_unknown_pass if {
	count(rule.deny) == 0 with input as res("aws_instance", {"user_data": "#!/bin/bash\nyum -y update\n"})
	count(rule.deny) == 0 with input as res("aws_instance", {"user_data": "${templatefile(\"init.sh\", {key = var.key})}"})
	count(rule.deny) == 0 with input as res("aws_launch_template", {"user_data": base64.encode("#!/bin/bash\necho ok\n")})
}
