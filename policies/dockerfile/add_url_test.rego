package verdict.dockerfile.add_url_test

import data.verdict.dockerfile.add_url
import rego.v1

i(cmd, flags, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": flags, "Value": value, "Stage": 0}

test_url_fires if {
	some r in add_url.deny with input as [i("from", [], ["alpine:3.20"]), i("add", [], ["https://example.com/tool.tar.gz", "/opt/"])]
	r.path == [1, "Value", 0]
	r.resource == "https://example.com/tool.tar.gz"
}

test_every_url_source_fires if {
	count(add_url.deny) == 2 with input as [i("add", ["--chown=1:1"], ["http://a.example/x", "FTP://b.example/y", "/dst/"])]
}

test_checksum_passes if {
	count(add_url.deny) == 0 with input as [i("add", ["--checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d"], ["https://example.com/tool.tar.gz", "/opt/"])]
}

test_local_sources_and_copy_pass if {
	count(add_url.deny) == 0 with input as [i("add", [], ["app.tar.gz", "/opt/"])]
	count(add_url.deny) == 0 with input as [i("copy", [], ["https-proxy.conf", "/etc/"])]
}

test_destination_is_not_a_source if {
	count(add_url.deny) == 0 with input as [i("add", [], ["local", "https://example.com/"])]
}
