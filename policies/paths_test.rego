package maestro.gate_test

import rego.v1

import data.maestro.gate

test_directory_patterns_match_below_the_directory_only if {
	gate.path_matches("dist/**", "dist/main.js")
	gate.path_matches("dist/**", "dist/policies/policies.wasm")
	not gate.path_matches("dist/**", "dist")
	not gate.path_matches("dist/**", "distribution/x.js")
	not gate.path_matches("dist/**", "src/dist/x.js")
}

test_exact_patterns_match_only_themselves if {
	gate.path_matches("package.json", "package.json")
	not gate.path_matches("package.json", "sub/package.json")
	not gate.path_matches("action.yml", "action.yaml")
}

test_globs_use_glob_semantics if {
	gate.path_matches("**/*.pem", "deploy/keys/server.pem")
	not gate.path_matches("**/*.pem", "server.pem.txt")
	gate.path_matches("**/*.wasm", "dist/policies/policies.wasm")
}
