package verdict.terraform.aws.apigw_cache_encryption_test

import data.verdict.terraform.aws.apigw_cache_encryption as rule
import rego.v1

ms(settings) := {"resource": {"aws_api_gateway_method_settings": {"all": [{"method_path": "*/*", "settings": [settings]}]}}}

test_unencrypted_cache_fires if {
	[r] := [x | some x in rule.deny] with input as ms({"caching_enabled": true})
	r.path == ["resource", "aws_api_gateway_method_settings", "all", 0, "settings", 0]
	[s] := [x | some x in rule.deny] with input as ms({"caching_enabled": true, "cache_data_encrypted": false})
	s.path == ["resource", "aws_api_gateway_method_settings", "all", 0, "settings", 0, "cache_data_encrypted"]
}

test_encrypted_nocache_unknown_pass if {
	count(rule.deny) == 0 with input as ms({"caching_enabled": true, "cache_data_encrypted": true})
	count(rule.deny) == 0 with input as ms({"metrics_enabled": true})
	count(rule.deny) == 0 with input as ms({"caching_enabled": true, "cache_data_encrypted": "${var.enc}"})
	count(rule.deny) == 0 with input as ms({"caching_enabled": "${var.cache}"})
}

test_plan_values if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_api_gateway_method_settings.a", "mode": "managed", "type": "aws_api_gateway_method_settings", "name": "a", "values": {"method_path": "*/*", "settings": [{"caching_enabled": true, "cache_data_encrypted": false}]}}]}}}
	count(rule.deny) == 1 with input as inp
}
