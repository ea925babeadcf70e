# Policies of the agent-router repository, evaluated by Maestro Gate's OPA gate on every
# pull request (read from the base branch).
package maestro.gate

import rego.v1

# Files whose change alters which model, and so which spend, every agent call gets.
high_risk_files := {
	"src/router.ts": "the routing rule decides which model (and what spend) every agent call gets",
	"src/budget.ts": "the budget check is the only thing between an agent and an unbounded bill",
}

escalate contains {
	"msg": sprintf("%s changed: %s; a second engineer must review it", [f.path, high_risk_files[f.path]]),
	"id": "routing.high_risk_file",
	"file": f.path,
	"risk": 0.7,
} if {
	some f in input.changed_files
	high_risk_files[f.path]
}

risk := {
	"score": 0.7,
	"class": "medium",
	"reasons": sort([f.path | some f in input.changed_files; high_risk_files[f.path]]),
} if {
	some f in input.changed_files
	high_risk_files[f.path]
}
