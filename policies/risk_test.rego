package maestro.gate_test

import rego.v1

import data.maestro.gate

change(path) := {"path": path, "status": "modified", "additions": 10, "deletions": 2}

test_workflow_change_is_high_risk if {
	r := gate.risk with input as {"changed_files": [change(".github/workflows/ci.yml")]}
	r.class == "high"
	r.score > 0.3
	count(r.reasons) == 1
}

test_workflow_change_escalates_at_the_file if {
	e := gate.escalate with input as {"changed_files": [change(".github/workflows/ci.yml")]}
	some item in e
	item.file == ".github/workflows/ci.yml"
	item.id == "risk.high_risk_path"
}

test_signing_and_approval_code_are_high_risk if {
	files := [change("action/signing/keys.ts"), change("app/approvals.ts")]
	e := gate.escalate with input as {"changed_files": files}
	{item.file | some item in e} == {"action/signing/keys.ts", "app/approvals.ts"}
}

test_renaming_out_of_a_high_risk_path_is_high_risk if {
	f := {"path": "old/ci.yml", "previous_path": ".github/workflows/ci.yml", "status": "renamed", "additions": 0, "deletions": 0}
	r := gate.risk with input as {"changed_files": [f]}
	r.class == "high"
}

test_gate_logic_is_medium_risk_and_runs if {
	r := gate.risk with input as {"changed_files": [change("action/gates/opa/index.ts")]}
	r.class == "medium"
	r.score <= 0.3
	count(gate.escalate) == 0 with input as {"changed_files": [change("action/gates/opa/index.ts")]}
}

test_docs_are_low_risk if {
	r := gate.risk with input as {"changed_files": [change("docs/policies.md")]}
	r.class == "low"
}

test_empty_change_is_low_risk if {
	r := gate.risk with input as {"changed_files": []}
	r.class == "low"
	r.reasons == []
}
