# Path matching shared by the policies. `dir/**` and exact paths are answered with string
# operations; only real globs pay for glob.match (compiling a glob costs more than the match).
package maestro.gate

import rego.v1

path_matches(pattern, path) if {
	endswith(pattern, "/**")
	startswith(path, trim_suffix(pattern, "**"))
}

path_matches(pattern, path) if {
	not contains(pattern, "*")
	path == pattern
}

path_matches(pattern, path) if {
	not endswith(pattern, "/**")
	contains(pattern, "*")
	glob.match(pattern, ["/"], path)
}
