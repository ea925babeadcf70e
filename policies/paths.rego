# Path matching shared by the policies. Patterns whose meaning a string operation states
# exactly are answered with one (`dir/**`, an exact path, `**/name`, `**/*.ext`, `*.ext`):
# the WebAssembly evaluator recompiles a glob at every evaluation, a string test costs nothing.
# Every other pattern goes to glob.match with `/` as the separator.
package maestro.gate

import rego.v1

# Characters that make a pattern a glob.
glob_chars := ["*", "?", "[", "{", "\\"]

literal(s) if {
	not any_glob_char(s)
}

any_glob_char(s) if {
	some c in glob_chars
	contains(s, c)
}

# `dir/**`: everything below a literal directory.
path_matches(pattern, path) if {
	endswith(pattern, "/**")
	prefix := trim_suffix(pattern, "**")
	literal(prefix)
	startswith(path, prefix)
}

# An exact path.
path_matches(pattern, path) if {
	literal(pattern)
	path == pattern
}

# `**/name`: a file called `name` in some directory.
path_matches(pattern, path) if {
	startswith(pattern, "**/")
	name := trim_prefix(pattern, "**/")
	literal(name)
	not contains(name, "/")
	endswith(path, concat("", ["/", name]))
}

# `**/*.ext`: a file whose name ends in `.ext`, in some directory.
path_matches(pattern, path) if {
	startswith(pattern, "**/*")
	suffix := trim_prefix(pattern, "**/*")
	literal(suffix)
	not contains(suffix, "/")
	contains(path, "/")
	endswith(path, suffix)
}

# `*.ext`: a top-level file whose name ends in `.ext`.
path_matches(pattern, path) if {
	startswith(pattern, "*")
	suffix := trim_prefix(pattern, "*")
	literal(suffix)
	not contains(suffix, "/")
	not contains(path, "/")
	endswith(path, suffix)
}

path_matches(pattern, path) if {
	not string_pattern(pattern)
	glob.match(pattern, ["/"], path)
}

# True for the pattern shapes answered above without a glob.
string_pattern(pattern) if literal(pattern)

string_pattern(pattern) if {
	endswith(pattern, "/**")
	literal(trim_suffix(pattern, "**"))
}

string_pattern(pattern) if {
	startswith(pattern, "**/")
	name := trim_prefix(pattern, "**/")
	literal(name)
	not contains(name, "/")
}

string_pattern(pattern) if {
	startswith(pattern, "**/*")
	suffix := trim_prefix(pattern, "**/*")
	literal(suffix)
	not contains(suffix, "/")
}

string_pattern(pattern) if {
	startswith(pattern, "*")
	not startswith(pattern, "**")
	suffix := trim_prefix(pattern, "*")
	literal(suffix)
	not contains(suffix, "/")
}
