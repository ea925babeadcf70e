# One source file may not grow by more than this many lines in one pull request: reviewers
# cannot check a routing table that large line by line.
package maestro.gate

import rego.v1

max_file_additions := 150

deny contains {
	"msg": sprintf(
		"%s adds %d lines; the limit for one source file in one change is %d: split the change or generate the file from data",
		[f.path, f.additions, max_file_additions],
	),
	"id": "size.file_too_large",
	"file": f.path,
} if {
	some f in input.changed_files
	glob.match("src/**", ["/"], f.path)
	f.additions > max_file_additions
}
