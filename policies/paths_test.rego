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

test_globs_inside_a_directory_pattern_are_globs if {
	gate.path_matches("examples/**/fixtures/**", "examples/demo/fixtures/key.pem")
	gate.path_matches("examples/**/fixtures/**", "examples/a/b/fixtures/c/d.key")
	not gate.path_matches("examples/**/fixtures/**", "examples/demo/key.pem")
	gate.path_matches("examples/**/traces/**", "examples/demo/head/traces/run.jsonl")
}

test_string_shortcuts_agree_with_glob_match if {
	paths := ["id_rsa", "a/id_rsa", "a/b/id_rsa", "x.pem", "a/x.pem", "a/x.pem.txt", "dist/a.js", "dist", "package.json", "a/package.json"]
	every pattern in ["**/id_rsa", "**/*.pem", "*.pem", "dist/**", "package.json"] {
		{p | some p in paths; gate.path_matches(pattern, p)} == {p | some p in paths; glob.match(pattern, ["/"], p)}
	}
}
