# Risk by path: what a change to each file can break.
#
# High risk: the code that decides what runs (workflows, the action entry), what is signed
# (signing, evidence), who may approve (the approval app) and the decision contract itself.
# A pull request touching any of it is escalated and needs two distinct approvers.
package maestro.gate

import rego.v1

# Globs (`**` crosses directories) of high-risk paths, with the reason shown to reviewers.
high_risk_paths := {
	".github/workflows/**": "CI workflows decide what runs with which permissions",
	".github/actions/**": "composite actions run inside the CI workflows",
	"action.yml": "the action's entry point and permissions",
	"action/signing/**": "signing code decides what the evidence bundle vouches for",
	"action/evidence/**": "evidence code builds the signed SLSA bundle",
	"action/audit/**": "the audit log is the tamper-evident record of every decision",
	"action/contract/**": "the decision contract and codebook every gate relies on",
	"app/**": "approval code decides whose approval counts",
}

# Globs of medium-risk paths: gate logic and supply chain, reviewed but not escalated.
medium_risk_paths := [
	"action/**",
	"scripts/**",
	"package.json",
	"package-lock.json",
	"dist/**",
]

# Why a path is high risk ("" when it is not): every matching pattern's reason.
high_risk_reason(path) := concat("; ", sort([reason |
	some pattern, reason in high_risk_paths
	path_matches(pattern, path)
]))

# The risk class of one path.
path_class(path) := "high" if {
	some pattern, _ in high_risk_paths
	path_matches(pattern, path)
} else := "medium" if {
	some pattern in medium_risk_paths
	path_matches(pattern, path)
} else := "low"

class_score := {"high": 0.8, "medium": 0.3, "low": 0.1}

class_rank := {"high": 2, "medium": 1, "low": 0}

# Every path a change touches, including where a renamed file came from.
touched contains f.path if some f in input.changed_files

touched contains f.previous_path if {
	some f in input.changed_files
	f.previous_path
}

high_risk_files contains path if {
	some path in touched
	path_class(path) == "high"
}

escalate contains {
	"msg": sprintf("%s is high risk: %s", [path, high_risk_reason(path)]),
	"id": "risk.high_risk_path",
	"file": path,
	"risk": class_score.high,
} if {
	some path in high_risk_files
}

risk_class := "high" if {
	count(high_risk_files) > 0
} else := "medium" if {
	some path in touched
	path_class(path) == "medium"
} else := "low"

risk := {
	"score": class_score[risk_class],
	"class": risk_class,
	"reasons": sort([sprintf("%s: %s", [path, high_risk_reason(path)]) | some path in high_risk_files]),
}
