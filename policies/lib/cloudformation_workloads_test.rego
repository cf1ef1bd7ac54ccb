package verdict.lib.cloudformation_workloads_test

import data.verdict.lib.cloudformation_workloads as w
import rego.v1

props := {
	"A": {"B": [{"C": "x"}, {"C": {"Ref": "P"}}]},
	"S": "text",
	"I": {"Fn::If": ["Cond", {"C": 1}, {"C": 2}]},
	"N": {"Ref": "AWS::NoValue"},
}

test_get_resolves_level_by_level if {
	w.get(props, ["A", "B", 0, "C"]) == {"value": "x"}
	w.get(props, ["A", "B", 1, "C"]) == {"unknown": true}
	w.get(props, ["A", "B", 1, "C"]) == {"unknown": true} with input as {"Parameters": {"Q": {}}}
	w.get(props, ["A", "B", 2, "C"]) == {"absent": true}
	w.get(props, ["A", "X"]) == {"absent": true}
	w.get(props, ["N", "X"]) == {"absent": true}
	w.get(props, ["I", "C"]) == {"unknown": true}
	w.get(props, ["S", "C"]) == {"unknown": true}
	w.get(props, ["A", "B", "C"]) == {"absent": true}
}

test_parameter_defaults_resolve if {
	w.get(props, ["A", "B", 1, "C"]) == {"value": "y"} with input as {"Parameters": {"P": {"Type": "String", "Default": "y"}}}
}

test_path_to_cuts_at_the_deepest_written_key if {
	w.path_to(["R"], props, ["A", "B", 0, "C"]) == ["R", "A", "B", 0, "C"]
	w.path_to(["R"], props, ["A", "B", 5, "C"]) == ["R", "A", "B"]
	w.path_to(["R"], props, ["Z", "Y"]) == ["R"]
}

test_off if {
	w.off({"absent": true})
	w.off({"value": false})
	w.off({"value": "False"})
	w.off({"value": null})
	not w.off({"value": true})
	not w.off({"unknown": true})
}

test_secret_name_examples if {
	w.secret_name("DB_PASSWORD")
	w.secret_name("apiKey")
	w.secret_name("STRIPE_SECRET")
	not w.secret_name("DB_SECRET_ARN")
	not w.secret_name("SECRET_NAME")
	not w.secret_name("PASSWORD_PARAMETER")
	not w.secret_name("LOG_LEVEL")
	w.secret_name("GITHUB_TOKEN")
	not w.secret_name("TOKEN_EXPIRY")
	not w.secret_name("SECRETS_MANAGER_ENDPOINT")
	w.literal_secret("hunter2")
	not w.literal_secret("{{resolve:secretsmanager:db:SecretString:password}}")
	not w.literal_secret("true")
	not w.literal_secret("https://secretsmanager.us-east-1.amazonaws.com")
	not w.literal_secret("/app/db/password")
	not w.literal_secret("arn:aws:secretsmanager:us-east-1:1:secret:x")
	not w.literal_secret("  ")
}

test_aws_keys if {
	w.aws_key_in("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE")
	w.aws_key_in("aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
	not w.aws_key_in("AKIA-not-a-key")
}

test_strings_collects_leaves if {
	"a" in w.strings({"Fn::Join": ["", ["a", {"Ref": "B"}]]})
	"B" in w.strings({"Fn::Join": ["", ["a", {"Ref": "B"}]]})
}

test_attribute if {
	attrs := {"L": [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "true"}]}
	w.attribute(["R"], attrs, "L", "b") == [{"value": "true"}, ["R", "L", 1, "Value"]]
	w.attribute(["R"], attrs, "L", "c") == [{"absent": true}, ["R", "L"]]
	w.attribute(["R"], {}, "L", "c") == [{"absent": true}, ["R"]]
	w.attribute(["R"], {"L": {"Ref": "Attrs"}}, "L", "c") == [{"unknown": true}, ["R"]]
}

test_everyone if {
	w.everyone("*")
	w.everyone({"AWS": "*"})
	w.everyone({"AWS": ["arn:aws:iam::1:root", "*"]})
	not w.everyone({"AWS": "arn:aws:iam::1:root"})
	not w.everyone({"Service": "lambda.amazonaws.com"})
}
