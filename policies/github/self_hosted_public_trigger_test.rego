package verdict.github.self_hosted_public_trigger_test

import data.verdict.github.self_hosted_public_trigger
import rego.v1

wf(on, runs_on) := {"on": on, "jobs": {"test": {"runs-on": runs_on, "steps": [{"run": "make test"}]}}}

test_label_list_on_pull_request_fires if {
	some r in self_hosted_public_trigger.warn with input as wf("pull_request", ["self-hosted", "linux"])
	r.path == ["jobs", "test", "runs-on"]
	contains(r.msg, "pull_request")
}

test_string_label_on_comment_trigger_fires if {
	count(self_hosted_public_trigger.warn) == 1 with input as wf({"issue_comment": {"types": ["created"]}, "push": null}, "self-hosted")
}

test_labels_object_fires if {
	count(self_hosted_public_trigger.warn) == 1 with input as wf(["push", "pull_request_target"], {"labels": ["self-hosted", "gpu"]})
	count(self_hosted_public_trigger.warn) == 1 with input as wf("pull_request", {"labels": "self-hosted"})
}

test_matrix_dimension_fires if {
	w := {"on": "pull_request", "jobs": {"test": {
		"runs-on": "${{ matrix.os }}",
		"strategy": {"matrix": {"os": ["ubuntu-latest"], "include": [{"os": ["self-hosted", "arm64"]}]}},
		"steps": [{"run": "make"}],
	}}}
	count(self_hosted_public_trigger.warn) == 1 with input as w
}

test_matrix_of_hosted_runners_passes if {
	w := {"on": "pull_request", "jobs": {"test": {
		"runs-on": "${{ matrix.os }}",
		"strategy": {"matrix": {"os": ["ubuntu-latest", "windows-latest"]}},
		"steps": [{"run": "make"}],
	}}}
	count(self_hosted_public_trigger.warn) == 0 with input as w
}

test_push_only_passes if {
	count(self_hosted_public_trigger.warn) == 0 with input as wf({"push": {"branches": ["main"]}}, ["self-hosted"])
}

test_hosted_runner_passes if {
	count(self_hosted_public_trigger.warn) == 0 with input as wf("pull_request", "ubuntu-latest")
	count(self_hosted_public_trigger.warn) == 0 with input as wf("pull_request", {"group": "large-runners"})
}
