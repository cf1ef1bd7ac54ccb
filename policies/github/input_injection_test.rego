package verdict.github.input_injection_test

import data.verdict.github.input_injection
import rego.v1

wf(inputs, step) := {
	"on": {"workflow_dispatch": {"inputs": inputs}},
	"jobs": {"release": {"runs-on": "ubuntu-latest", "steps": [step]}},
}

test_string_input_fires if {
	some r in input_injection.warn with input as wf({"version": {"required": true}}, {"run": "./release.sh ${{ inputs.version }}"})
	r.path == ["jobs", "release", "steps", 0, "run"]
	contains(r.msg, `input "version"`)
}

test_event_inputs_fire_undeclared_pass if {
	count(input_injection.warn) == 1 with input as wf({"tag": {"type": "string"}}, {"run": "echo ${{ github.event.inputs.tag }} ${{ inputs.other }}"})
}

test_workflow_call_input_passes_unless_dispatch_declares_it if {
	count(input_injection.warn) == 0 with input as {
		"on": {"workflow_call": {"inputs": {"ref": {"type": "string"}}}},
		"jobs": {"b": {"runs-on": "ubuntu-latest", "steps": [{"run": "git checkout ${{ inputs.ref }}"}]}},
	}
	count(input_injection.warn) == 1 with input as {
		"on": {"workflow_call": {"inputs": {"ref": {"type": "string"}}}, "workflow_dispatch": {"inputs": {"ref": {"required": true}}}},
		"jobs": {"b": {"runs-on": "ubuntu-latest", "steps": [{"run": "git checkout ${{ inputs.ref }}"}]}},
	}
}

test_dispatch_without_inputs_passes if {
	count(input_injection.warn) == 0 with input as {"on": "workflow_dispatch", "jobs": {"b": {"steps": [{"run": "echo ${{ inputs.x }}"}]}}}
}

test_validated_types_pass if {
	count(input_injection.warn) == 0 with input as wf(
		{"dry": {"type": "boolean"}, "n": {"type": "number"}, "env": {"type": "choice", "options": ["a", "b"]}},
		{"run": "./x --dry=${{ inputs.dry }} -n ${{ inputs.n }} ${{ github.event.inputs.env }}"},
	)
}

test_env_indirection_boolean_and_lookalikes_pass if {
	count(input_injection.warn) == 0 with input as wf({"v": {}}, {"env": {"V": "${{ inputs.v }}"}, "run": "echo \"$V\" ${{ inputs.v == 'x' }} ${{ steps.inputs.outputs.v }} ${{ matrix.inputs }}"})
}

test_python_shell_passes if {
	count(input_injection.warn) == 0 with input as wf({"v": {}}, {"shell": "python", "run": "print('${{ inputs.v }}')"})
}

test_reusable_workflow_job_passes if {
	count(input_injection.warn) == 0 with input as {"on": {"workflow_dispatch": {}}, "jobs": {"c": {"uses": "o/r/.github/workflows/x.yml@v1", "with": {"v": "${{ inputs.v }}"}}}}
}
