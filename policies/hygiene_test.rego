package maestro.gate_test

import rego.v1

import data.maestro.gate

file(path, status) := {"path": path, "status": status, "additions": 1, "deletions": 0}

test_secret_files_are_denied if {
	every path in [".env", "config/.env.production", "deploy/server.pem", "id_rsa", "a/b/credentials.json"] {
		some d in gate.deny with input as {"changed_files": [file(path, "added")]}
		d.id == "hygiene.secret_file"
		d.file == path
	}
}

test_removing_a_secret_file_is_allowed if {
	count(gate.deny) == 0 with input as {"changed_files": [file("deploy/server.pem", "removed")]}
}

test_test_fixture_keys_are_allowed if {
	count(gate.deny) == 0 with input as {"changed_files": [file("tests/fixtures/signing/key.pem", "added")]}
}

test_dist_without_source_is_denied if {
	some d in gate.deny with input as {"changed_files": [file("dist/main.js", "modified")]}
	d.id == "hygiene.dist_without_source"
}

test_dist_with_source_is_allowed if {
	files := [file("dist/main.js", "modified"), file("action/main.ts", "modified")]
	count([d | some d in gate.deny with input as {"changed_files": files}; d.id == "hygiene.dist_without_source"]) == 0
}

test_deleted_test_escalates if {
	some e in gate.escalate with input as {"changed_files": [file("tests/opa/gate.test.ts", "removed")]}
	e.id == "hygiene.test_removed"
}

test_package_json_without_lockfile_warns if {
	some w in gate.warn with input as {"changed_files": [file("package.json", "modified")]}
	w.id == "hygiene.lockfile_stale"
}

test_lockfile_alone_warns if {
	some w in gate.warn with input as {"changed_files": [file("package-lock.json", "modified")]}
	w.id == "hygiene.lockfile_only"
}

test_both_manifests_do_not_warn if {
	files := [file("package.json", "modified"), file("package-lock.json", "modified")]
	count(gate.warn) == 0 with input as {"changed_files": files}
}

test_example_fixture_keys_are_allowed if {
	count(gate.deny) == 0 with input as {"changed_files": [file("examples/demo/fixtures/throwaway.key", "added")]}
}

test_keys_elsewhere_in_examples_are_denied if {
	some d in gate.deny with input as {"changed_files": [file("examples/demo/throwaway.key", "added")]}
	d.id == "hygiene.secret_file"
}
