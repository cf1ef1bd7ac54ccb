package verdict.github.github_env_test

import data.verdict.github.github_env
import rego.v1

wf(on, run) := {"on": on, "jobs": {"label": {"runs-on": "ubuntu-latest", "steps": [{"name": "set", "run": run}]}}}

test_computed_value_fires if {
	some r in github_env.deny with input as wf("pull_request_target", "message=$(echo \"$TITLE\" | sed 's/x//')\necho \"message=$message\" >> $GITHUB_ENV\n")
	r.path == ["jobs", "label", "steps", 0, "run"]
	contains(r.msg, "GITHUB_ENV")
}

test_github_path_and_workflow_run_fire if {
	count(github_env.deny) == 1 with input as wf({"workflow_run": {"workflows": ["ci"]}}, `echo "$DIR" >> "${GITHUB_PATH}"`)
}

test_tee_and_heredoc_fire if {
	count(github_env.deny) == 1 with input as wf("pull_request_target", `jq -r '.x' event.json | tee -a "$GITHUB_ENV"`)
	count(github_env.deny) == 1 with input as wf("pull_request_target", "cat <<EOF >> $GITHUB_ENV\nBODY=${{ github.event.pull_request.body }}\nEOF")
}

test_powershell_and_cmd_fire if {
	count(github_env.deny) == 1 with input as wf("pull_request_target", `echo "foo=$env:BAR" >> $env:GITHUB_ENV`)
	count(github_env.deny) == 1 with input as wf("pull_request_target", `"X=$x" | Out-File -FilePath $env:GITHUB_ENV -Append`)
	count(github_env.deny) == 1 with input as wf("pull_request_target", `echo LIBRARY=%LIBRARY% >> %GITHUB_ENV%`)
}

test_fixed_text_passes if {
	count(github_env.deny) == 0 with input as wf("pull_request_target", `echo "FOO=bar" >> $GITHUB_ENV`)
	count(github_env.deny) == 0 with input as wf("pull_request_target", `printf "BUNDLE_WITH=avo\nRAILS_GROUPS=avo\n" >> "$GITHUB_ENV"`)
}

test_other_triggers_pass if {
	count(github_env.deny) == 0 with input as wf("pull_request", `echo "message=$message" >> $GITHUB_ENV`)
	count(github_env.deny) == 0 with input as wf(["push", "workflow_dispatch"], `echo "message=$message" >> $GITHUB_ENV`)
}

test_reading_the_file_passes if {
	count(github_env.deny) == 0 with input as wf("pull_request_target", `cat "$GITHUB_ENV"`)
}

test_python_shell_skipped if {
	w := {"on": "pull_request_target", "jobs": {"j": {"runs-on": "ubuntu-latest", "steps": [{"shell": "python", "run": "open(os.environ['GITHUB_ENV'], 'a').write(x) # > $GITHUB_ENV"}]}}}
	count(github_env.deny) == 0 with input as w
}
