# Size limits: large changes hide mistakes from reviewers.
#
# Generated files (dist/, lockfiles, compiled policies, recorded fixtures) do not count: they
# are checked by rebuilding them, not by reading them.
package maestro.gate

import rego.v1

# Lines a pull request may add before it needs a human to accept its size.
escalate_total_additions := 1500

# Lines a pull request may add at all; above this it must be split.
deny_total_additions := 4000

# Lines one hand-written file may gain in one pull request before a warning.
warn_file_additions := 600

generated_paths := [
	"dist/**",
	"package-lock.json",
	"**/*.wasm",
	"tests/fixtures/**",
	"examples/**/traces/**",
	"schemas/maestro-config.schema.json",
]

generated(path) if {
	some pattern in generated_paths
	path_matches(pattern, path)
}

reviewed_files contains f if {
	some f in input.changed_files
	not generated(f.path)
}

reviewed_additions := sum([f.additions | some f in reviewed_files])

deny contains {
	"msg": sprintf(
		"the pull request adds %d hand-written lines; the limit is %d: split it into smaller pull requests",
		[reviewed_additions, deny_total_additions],
	),
	"id": "size.total_additions",
} if {
	reviewed_additions > deny_total_additions
}

escalate contains {
	"msg": sprintf(
		"the pull request adds %d hand-written lines (more than %d): a reviewer must confirm it can be reviewed as one change",
		[reviewed_additions, escalate_total_additions],
	),
	"id": "size.large_change",
} if {
	reviewed_additions > escalate_total_additions
	reviewed_additions <= deny_total_additions
}

warn contains {
	"msg": sprintf("%s gains %d lines in one change (more than %d)", [f.path, f.additions, warn_file_additions]),
	"id": "size.large_file_change",
	"file": f.path,
} if {
	some f in reviewed_files
	f.additions > warn_file_additions
}
