package verdict.lib.terraform_azure_test

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_azure as az
import rego.v1

redis(body) := {"resource": {"azurerm_redis_cache": {"c": [body]}}}

test_renamed_reads_the_name_that_is_set if {
	names := ["non_ssl_port_enabled", "enable_non_ssl_port"]
	some r in tf.resources with input as redis({"enable_non_ssl_port": true})
	az.renamed(r, names, false) == ["enable_non_ssl_port", true] with input as redis({"enable_non_ssl_port": true})
	some r2 in tf.resources with input as redis({})
	az.renamed(r2, names, false) == ["non_ssl_port_enabled", false] with input as redis({})
}

test_renamed_is_undefined_when_unknown if {
	names := ["non_ssl_port_enabled", "enable_non_ssl_port"]
	inp := redis({"enable_non_ssl_port": "${var.x}"})
	some r in tf.resources with input as inp
	not az.renamed(r, names, false) with input as inp
}
