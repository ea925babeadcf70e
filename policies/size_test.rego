package maestro.gate_test

import rego.v1

import data.maestro.gate

added(path, n) := {"path": path, "status": "added", "additions": n, "deletions": 0}

test_small_change_passes if {
	inp := {"changed_files": [added("docs/a.md", 100)]}
	count(gate.deny) == 0 with input as inp
	count(gate.escalate) == 0 with input as inp
	count(gate.warn) == 0 with input as inp
}

test_large_change_escalates if {
	inp := {"changed_files": [added("docs/a.md", 500), added("docs/b.md", 500), added("docs/c.md", 501)]}
	some e in gate.escalate with input as inp
	e.id == "size.large_change"
	count(gate.deny) == 0 with input as inp
}

test_huge_change_is_denied_not_escalated if {
	inp := {"changed_files": [added("docs/a.md", 4001)]}
	some d in gate.deny with input as inp
	d.id == "size.total_additions"
	escalations := gate.escalate with input as inp
	every e in escalations {
		e.id != "size.large_change"
	}
}

test_generated_files_do_not_count if {
	inp := {"changed_files": [added("dist/main.js", 90000), added("package-lock.json", 5000), added("dist/policies/policies.wasm", 1)]}
	count([d | some d in gate.deny with input as inp; startswith(d.id, "size.")]) == 0
	count([e | some e in gate.escalate with input as inp; startswith(e.id, "size.")]) == 0
}

test_large_file_warns_at_the_file if {
	inp := {"changed_files": [added("docs/big.md", 601)]}
	some w in gate.warn with input as inp
	w.file == "docs/big.md"
	w.id == "size.large_file_change"
}

test_example_traces_do_not_count if {
	count(gate.deny) == 0 with input as {"changed_files": [{"path": "examples/demo/head/traces/run.jsonl", "status": "added", "additions": 9000, "deletions": 0}]}
}
