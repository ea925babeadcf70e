# Size limits: large changes hide mistakes from reviewers.
#
# Generated files (dist/, lockfiles, compiled policies, recorded fixtures) do not count: they
# are checked by rebuilding them, not by reading them.
package maestro.gate

import rego.v1

# Lines a pull request may add before it needs a human to accept its size.
total_additions_escalate_above := 1500

# Lines a pull request may add at all; above this it must be split.
total_additions_deny_above := 4000

# Lines one hand-written file may gain in one pull request before a warning.
file_additions_warn_above := 600

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
		[reviewed_additions, total_additions_deny_above],
	),
	"id": "size.total_additions",
} if {
	reviewed_additions > total_additions_deny_above
}

escalate contains {
	"msg": sprintf(
		"the pull request adds %d hand-written lines (more than %d): a reviewer must confirm it can be reviewed as one change",
		[reviewed_additions, total_additions_escalate_above],
	),
	"id": "size.large_change",
} if {
	reviewed_additions > total_additions_escalate_above
	reviewed_additions <= total_additions_deny_above
}

warn contains {
	"msg": sprintf("%s gains %d lines in one change (more than %d)", [f.path, f.additions, file_additions_warn_above]),
	"id": "size.large_file_change",
	"file": f.path,
} if {
	some f in reviewed_files
	f.additions > file_additions_warn_above
}
