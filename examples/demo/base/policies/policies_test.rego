package maestro.gate_test

import rego.v1

import data.maestro.gate

test_router_change_escalates if {
	inp := {"changed_files": [{"path": "src/router.ts", "status": "modified", "additions": 3, "deletions": 2}]}
	some e in gate.escalate with input as inp
	e.file == "src/router.ts"
	count(gate.deny) == 0 with input as inp
}

test_large_source_file_is_denied if {
	inp := {"changed_files": [{"path": "src/catalog.ts", "status": "added", "additions": 151, "deletions": 0}]}
	some d in gate.deny with input as inp
	d.file == "src/catalog.ts"
}

test_small_unrelated_change_passes if {
	inp := {"changed_files": [{"path": "README.md", "status": "modified", "additions": 400, "deletions": 0}]}
	count(gate.deny) == 0 with input as inp
	count(gate.escalate) == 0 with input as inp
	not gate.risk with input as inp
}
