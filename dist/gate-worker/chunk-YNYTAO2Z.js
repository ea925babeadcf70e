import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  MaestroError,
  describeThrown,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-OZBR5WFF.js";

// action/util/isolation.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/contract/codebook.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/contract/codebook.json
var codebook_default = {
  $comment: 'The closed vocabularies of Maestro Gate. Every value the code emits must be listed here, and every value listed here must be emitted somewhere (tests/contract/codebook.test.ts). Each reason code lists the decisions it may accompany; `sealed` lists the sealed values it allows (default [false]) and `final_deciders` who may decide with it (default ["SYSTEM"]). The runner refuses a gate result the codebook does not allow.',
  version: "1.0.0",
  decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"],
  final_deciders: ["SYSTEM", "USER"],
  gates: {
    opa: "The OPA/Rego gate: Rego policies from the base branch, compiled to WebAssembly, over the pull request",
    modelcheck: "Bounded model checking of the specs in specs/ (explicit-state breadth-first search; TLC for .tla specs)",
    config: "Loading and validating .github/maestro.yml",
    audit: "The hash-chained audit log (ARL)",
    verdict: "The fold of all gate results",
    invariants: "The invariant gate: CEL invariants checked over JSONL event traces",
    evidence: "The signed SLSA evidence bundle: statements, boundary scan, signing",
    ope: "The off-policy evaluation gate: a changed routing policy evaluated against the base policy on logged bandit data",
    host: "The runtime that drives a run (the Action or the App): its inputs, the event, the base snapshot, the pull request's facts",
    approval: "The approval app: PAUSE_FOR_HITL verdicts turned into required reviewer approvals, with signed receipts",
    tamper: "The gate-material check: a pull request that changes the configuration, the workflows or any path a gate's configuration names is escalated to the owners"
  },
  reason_codes: {
    OPA_DENY: {
      description: "A policy's `deny` rule matched: the change is stopped until it no longer matches.",
      decisions: ["STOPPED"]
    },
    OPA_ESCALATE: {
      description: "A policy's `escalate` rule matched: the change waits for the required approvals.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    OPA_RISK_ABOVE_THRESHOLD: {
      description: "A policy returned a risk score above `gates.opa.risk.run_max` (default 0.3) or the risk class `high`.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    OPA_WARN: {
      description: "A policy's `warn` rule matched: reported as an annotation, the change runs.",
      decisions: ["RUN"]
    },
    GATE_TAMPER_SUSPECTED: {
      description: "The pull request changes gate material (the gate configuration, policies, invariants, specs or workflows): the configured owners must approve.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    OPA_NOT_CONFIGURED: {
      description: "The OPA gate is enabled but lists no policy directories and does not use the bundled policies.",
      decisions: ["STOPPED"]
    },
    OPA_NO_POLICIES: {
      description: "A configured policy directory holds no .rego file in the gate's namespace package.",
      decisions: ["STOPPED"]
    },
    OPA_POLICY_UNREADABLE: {
      description: "A policy directory, or a bundled precompiled policy or its manifest, could not be read or failed its digest check.",
      decisions: ["STOPPED"]
    },
    OPA_COMPILE_FAILED: {
      description: "`opa build -t wasm` rejected a policy (parse or type error) or produced no module.",
      decisions: ["STOPPED"]
    },
    OPA_POLICY_LOAD_FAILED: {
      description: "A compiled policy is not valid WebAssembly for the opa-wasm ABI, or lacks the expected entrypoint.",
      decisions: ["STOPPED"]
    },
    OPA_UNSUPPORTED_BUILTIN: {
      description: "A policy calls a builtin the in-process evaluator does not implement (e.g. `http.send`).",
      decisions: ["STOPPED"]
    },
    OPA_POLICY_ABORTED: {
      description: "Policy evaluation aborted (a conflict between complete rules, memory exhausted, an opa-wasm abort).",
      decisions: ["STOPPED"]
    },
    OPA_POLICY_TIMEOUT: {
      description: "A policy evaluation did not finish within gates.opa.eval_timeout_seconds and was interrupted.",
      decisions: ["STOPPED"]
    },
    OPA_POLICY_TRAPPED: {
      description: "Policy evaluation trapped in WebAssembly (stack or memory exhausted).",
      decisions: ["STOPPED"]
    },
    OPA_RESULT_MALFORMED: {
      description: "A policy returned a value outside the conventions (sets of strings or {msg, ...} objects, risk in [0,1]).",
      decisions: ["STOPPED"]
    },
    OPA_NO_DECISION_RULE: {
      description: "An evaluated Rego package defines no decision rule (`deny*`, `violation*`, `escalate*`, `warn*`, `exception`, `suppress`, `risk`): nothing was checked, which is never a pass (`gates.opa.no_decision_rule`, PAUSE_FOR_HITL by default).",
      decisions: ["PAUSE_FOR_HITL", "STOPPED"]
    },
    OPA_DATA_INVALID: {
      description: "A policy data file (`gates.opa.data`) is missing on the base branch, unreadable, not JSON/YAML, not an object, or conflicts with another.",
      decisions: ["STOPPED"]
    },
    OPA_CLI_NOT_FOUND: {
      description: "The opa CLI is needed to compile policies but is not installed and cannot be installed on this platform.",
      decisions: ["STOPPED"]
    },
    OPA_CLI_FAILED: {
      description: "The opa CLI failed, timed out or did not report its version.",
      decisions: ["STOPPED"]
    },
    OPA_CLI_CHECKSUM_UNKNOWN: {
      description: "No SHA-256 is pinned for the requested OPA release asset, so it is not downloaded.",
      decisions: ["STOPPED"]
    },
    OPA_CLI_CHECKSUM_MISMATCH: {
      description: "The downloaded OPA binary does not match its pinned SHA-256; it was deleted and not run.",
      decisions: ["STOPPED"]
    },
    OPA_CLI_DOWNLOAD_FAILED: {
      description: "The OPA binary could not be downloaded from its release URL.",
      decisions: ["STOPPED"]
    },
    MC_NO_SPECS: {
      description: "The model-check gate is enabled but its configured spec paths contain no spec.",
      decisions: ["STOPPED"]
    },
    MC_SPEC_UNREADABLE: {
      description: "A spec file exists but could not be read.",
      decisions: ["STOPPED"]
    },
    MC_SPEC_UNPARSEABLE: {
      description: "A spec is not valid YAML, or one of its CEL expressions does not parse.",
      decisions: ["STOPPED"]
    },
    MC_SPEC_INVALID: {
      description: "A spec does not match schemas/spec.schema.json or declares something impossible (unbounded domain, unknown constant, duplicate action).",
      decisions: ["STOPPED"]
    },
    MC_TYPE_ERROR: {
      description: "A spec expression does not type-check against the declared finite types (unknown name, non-boolean guard, wrong operand types).",
      decisions: ["STOPPED"]
    },
    MC_INVARIANT_NOT_FOUND: {
      description: "A spec references an invariant id that does not resolve in the base branch's invariants.",
      decisions: ["STOPPED"]
    },
    MC_INVARIANT_UNSUPPORTED: {
      description: "A referenced invariant has no state assertion that can be checked on spec states.",
      decisions: ["STOPPED"]
    },
    MC_INVARIANT_VIOLATED: {
      description: "A reachable state violates an invariant; the shortest counterexample is attached.",
      decisions: ["STOPPED"],
      sealed: [false, true]
    },
    MC_DEADLOCK: {
      description: "A reachable state has no enabled action while deadlock checking is on.",
      decisions: ["STOPPED"]
    },
    MC_RESPONSE_VIOLATED: {
      description: "A bounded response property (p leads to q within N steps) fails on some path.",
      decisions: ["STOPPED"],
      sealed: [false, true]
    },
    MC_DOMAIN_VIOLATION: {
      description: "An action assigns a value outside a variable's declared finite type.",
      decisions: ["STOPPED"]
    },
    MC_PROPERTY_VIOLATED: {
      description: "A temporal property (eventually, leads-to under fairness) or an action property is violated; the counterexample is a lasso (a prefix and a loop, or stuttering).",
      decisions: ["STOPPED"]
    },
    MC_EVAL_ERROR: {
      description: "A spec expression failed while evaluating in a reachable state (division by zero, missing key, non-boolean guard value).",
      decisions: ["STOPPED"]
    },
    MC_BOUND_REACHED: {
      description: "The search hit a depth, state or time bound before exhausting the state space.",
      decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"]
    },
    MC_TLC_UNAVAILABLE: {
      description: "A .tla spec is configured for TLC but Java or tla2tools.jar is not available.",
      decisions: ["STOPPED"]
    },
    MC_INTERNAL_ERROR: {
      description: "The model checker broke one of its own invariants (a counterexample replay diverged, a constant expression read a state); the run stops rather than trust the search.",
      decisions: ["STOPPED"]
    },
    MC_WORKER_FAILED: {
      description: "A worker thread of the parallel search threw, exited, ran out of memory, sent a malformed result or could not be started; the search stops rather than trust a partial state space.",
      decisions: ["STOPPED"]
    },
    MC_WORKER_STALLED: {
      description: "A busy worker thread of the parallel search sent nothing for longer than its stall limit and was taken as hung.",
      decisions: ["STOPPED"]
    },
    MC_TLC_FAILED: {
      description: "TLC failed, or its -tool output could not be understood.",
      decisions: ["STOPPED"]
    },
    INV_NONE_FOUND: {
      description: "A configured invariant path or glob matches no invariant file.",
      decisions: ["STOPPED"]
    },
    INV_UNREADABLE: {
      description: "An invariant file exists but could not be read, is not valid UTF-8, or is a symbolic link that leaves the base snapshot or points nowhere.",
      decisions: ["STOPPED"]
    },
    INV_YAML_UNPARSEABLE: {
      description: "An invariant file is not valid YAML.",
      decisions: ["STOPPED"]
    },
    INV_INVALID: {
      description: "An invariant does not match schemas/invariant.schema.json (or a configured path leaves the repository).",
      decisions: ["STOPPED"]
    },
    INV_CEL_SYNTAX: {
      description: "An invariant expression is not valid CEL syntax.",
      decisions: ["STOPPED"]
    },
    INV_CEL_TYPE: {
      description: "An invariant expression fails the CEL checker (unknown function, impossible operand types, not a bool).",
      decisions: ["STOPPED"]
    },
    INV_CEL_LIMIT: {
      description: "An invariant expression exceeds the configured size, nesting or macro limits.",
      decisions: ["STOPPED"]
    },
    INV_DUPLICATE_ID: {
      description: "Two invariants share one id.",
      decisions: ["STOPPED"]
    },
    INV_TRACE_MISSING: {
      description: "A configured trace glob matches no file.",
      decisions: ["STOPPED"]
    },
    INV_TRACE_UNREADABLE: {
      description: "A trace file could not be read, or is a symbolic link that leaves the checkout or points nowhere.",
      decisions: ["STOPPED"]
    },
    INV_TRACE_MALFORMED: {
      description: "A trace line is not valid UTF-8, not a JSON object with string run_id, scope and event, or exceeds the line limit.",
      decisions: ["STOPPED"]
    },
    INV_EVAL_ERROR: {
      description: "An invariant expression failed to evaluate on a trace record (missing field, type mismatch, deadline).",
      decisions: ["STOPPED"]
    },
    INV_VIOLATION_CRITICAL: {
      description: "A critical invariant is violated by a trace: sealed stop.",
      decisions: ["STOPPED"],
      sealed: [true]
    },
    INV_VIOLATION_HIGH: {
      description: "A high-severity invariant is violated by a trace.",
      decisions: ["STOPPED"]
    },
    INV_VIOLATION_MEDIUM: {
      description: "A medium-severity invariant is violated by a trace: a human decides.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    INV_VIOLATION_LOW: {
      description: "Only low-severity invariants are violated: reported as warnings.",
      decisions: ["RUN"]
    },
    INV_COVERAGE_LOW: {
      description: "Fewer critical flows than the coverage threshold have an invariant.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    INV_UNKNOWN_ID: {
      description: "A runtime guard names an invariant id that the loaded invariant set does not hold.",
      decisions: ["STOPPED"]
    },
    INV_NOTHING_CHECKED: {
      description: "A trace file holds records but no invariant applies to any of them (zero checks), so it shows nothing; the decision is gates.invariants.on_nothing_checked (PAUSE_FOR_HITL by default).",
      decisions: ["PAUSE_FOR_HITL", "STOPPED"]
    },
    OK: {
      description: "The gate ran to completion and found nothing that blocks.",
      decisions: ["RUN"]
    },
    GATE_ERROR: {
      description: "The gate threw an Error while running.",
      decisions: ["STOPPED"]
    },
    GATE_THREW_NON_ERROR: {
      description: "The gate threw a value that is not an Error (a string, undefined, an object).",
      decisions: ["STOPPED"]
    },
    GATE_REJECTED: {
      description: "The gate's promise rejected.",
      decisions: ["STOPPED"]
    },
    GATE_TIMEOUT: {
      description: "The gate did not finish within its time limit.",
      decisions: ["STOPPED"]
    },
    GATE_RESOURCE_LIMIT: {
      description: "The gate ran out of its memory limit in its worker thread and was stopped.",
      decisions: ["STOPPED"]
    },
    GATE_CONTRACT_VIOLATION: {
      description: "The gate returned a value outside the gate-result contract.",
      decisions: ["STOPPED"]
    },
    BASE_SNAPSHOT_UNAVAILABLE: {
      description: "The pull request's base commit could not be materialised (git archive, git fetch and the API tarball all failed); the gate never falls back to the head.",
      decisions: ["STOPPED"]
    },
    GITHUB_NETWORK: {
      description: "GitHub could not be reached (refused or reset connection, DNS failure, no answer within the request timeout or the call's retry budget): a network failure, not a permission problem.",
      decisions: ["STOPPED"]
    },
    PR_FACTS_UNAVAILABLE: {
      description: "The pull request's facts (event payload or changed files) could not be read from GitHub.",
      decisions: ["STOPPED"]
    },
    HOST_INPUT_INVALID: {
      description: "An input of the Action (`with:`) or the App is missing or not one of its allowed values, so no verdict was attempted.",
      decisions: ["STOPPED"]
    },
    GATE_INPUT_MISSING: {
      description: "An input the gate is configured to read does not exist.",
      decisions: ["STOPPED"]
    },
    NO_GATES_ENABLED: {
      description: "The configuration enables no gate, so nothing was checked.",
      decisions: ["STOPPED"]
    },
    CONFIG_NOT_CONFIGURED: {
      description: "No .github/maestro.yml was found where the gate looks for it.",
      decisions: ["STOPPED"]
    },
    CONFIG_UNREADABLE: {
      description: "The configuration file exists but could not be read.",
      decisions: ["STOPPED"]
    },
    CONFIG_TOO_LARGE: {
      description: "The configuration file is larger than the size cap (256 KiB): it is not read.",
      decisions: ["STOPPED"]
    },
    CONFIG_UNPARSEABLE: {
      description: "The configuration file is not valid YAML.",
      decisions: ["STOPPED"]
    },
    CONFIG_INVALID: {
      description: "The configuration file does not match schemas/maestro-config.schema.json.",
      decisions: ["STOPPED"]
    },
    AUDIT_REDACTION_FAILED: {
      description: "A record could not be redacted, so it was not written and the run stopped.",
      decisions: ["STOPPED"]
    },
    AUDIT_WRITE_FAILED: {
      description: "The audit log could not be written, so the run stopped.",
      decisions: ["STOPPED"]
    },
    HITL_REQUESTED: {
      description: "The verdict pauses for a human decision (audit-log record of the escalation).",
      decisions: ["PAUSE_FOR_HITL"]
    },
    EVIDENCE_UNSIGNED: {
      description: "The evidence could not be signed (no OIDC token and no key, e.g. a fork pull request); the reason is recorded. Not RUN on protected branches.",
      decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"]
    },
    EVIDENCE_SENSITIVE_DATA: {
      description: "The boundary scan found a secret-like or PII-like value in an evidence file; nothing was published.",
      decisions: ["STOPPED"]
    },
    EVIDENCE_SIGNING_FAILED: {
      description: "Signing the evidence failed (Fulcio, Rekor, the timestamp authority or the key signer returned an error).",
      decisions: ["STOPPED"]
    },
    EVIDENCE_KEY_INVALID: {
      description: "The signing key is not a P-256 private key in PEM form.",
      decisions: ["STOPPED"]
    },
    EVIDENCE_RUN_INVALID: {
      description: "The gate-run document handed to the evidence writer is not a valid gate run.",
      decisions: ["STOPPED"]
    },
    EVIDENCE_WRITE_FAILED: {
      description: "An evidence file could not be written or read back.",
      decisions: ["STOPPED"]
    },
    VERIFY_OK: {
      description: "maestro-gate verify: every check passed.",
      decisions: ["RUN"]
    },
    VERIFY_BUNDLE_MISSING: {
      description: "maestro-gate verify: a bundle or evidence file it needs is not there.",
      decisions: ["STOPPED"]
    },
    VERIFY_BUNDLE_UNPARSEABLE: {
      description: "maestro-gate verify: a bundle is not valid JSON or not a Sigstore bundle.",
      decisions: ["STOPPED"]
    },
    VERIFY_TRUST_ROOT_INVALID: {
      description: "maestro-gate verify: the trust root (trusted_root.json or public key) could not be loaded or parsed.",
      decisions: ["STOPPED"]
    },
    VERIFY_SIGNATURE_INVALID: {
      description: "maestro-gate verify: the Sigstore signature, certificate chain, transparency log or timestamp did not verify against the trust root.",
      decisions: ["STOPPED"]
    },
    VERIFY_IDENTITY_MISMATCH: {
      description: "maestro-gate verify: the signer identity (issuer, workflow, ref, repository) does not match the policy.",
      decisions: ["STOPPED"]
    },
    VERIFY_STATEMENT_INVALID: {
      description: "maestro-gate verify: payloadType, statement type, predicate type or predicate schema is not what Maestro Gate signs.",
      decisions: ["STOPPED"]
    },
    VERIFY_SUBJECT_MISMATCH: {
      description: "maestro-gate verify: a subject digest does not match the evidence file or the expected commit.",
      decisions: ["STOPPED"]
    },
    VERIFY_PROVENANCE_MISMATCH: {
      description: "maestro-gate verify: SLSA provenance fields disagree with the signing certificate.",
      decisions: ["STOPPED"]
    },
    VERIFY_VERDICT_NOT_ACCEPTED: {
      description: "maestro-gate verify: the signed verdict is STOPPED, or PAUSE_FOR_HITL without --allow-pause.",
      decisions: ["STOPPED"]
    },
    VERIFY_BINDING_MISMATCH: {
      description: "maestro-gate verify: the signed binding (repository, pull request, base, head commit, workflow, run) is missing or is not what the release expects.",
      decisions: ["STOPPED"]
    },
    VERIFY_UNCOVERED_FILE: {
      description: "maestro-gate verify: a file in the evidence directory is covered by no signature (neither a signed subject nor a signed statement).",
      decisions: ["STOPPED"]
    },
    VERIFY_NOT_FRESH: {
      description: "maestro-gate verify: the evidence is older than --not-before, or a newer run for the same commit decides.",
      decisions: ["STOPPED"]
    },
    VERIFY_AUDIT_LOG_INVALID: {
      description: "maestro-gate verify: the signed audit log's hash chain is broken, or does not end at the signed head.",
      decisions: ["STOPPED"]
    },
    OPE_NOT_APPLICABLE: {
      description: "The pull request changes no configured routing policy, so off-policy evaluation does not apply.",
      decisions: ["RUN"]
    },
    OPE_REGRESSION: {
      description: "The one-sided lower confidence bound on the mean paired difference (candidate minus baseline) is below -epsilon: the logs show the candidate policy is worse.",
      decisions: ["STOPPED"]
    },
    OPE_INCONCLUSIVE: {
      description: "The importance-weight diagnostics (effective sample size, maximum or mean weight, support violations) cross their thresholds: the logged data cannot tell, a human decides.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    OPE_COST_OVER_BUDGET: {
      description: "The estimated mean cost under the candidate policy exceeds gates.ope.cost_budget (STOPPED), or its upper confidence bound does (PAUSE_FOR_HITL).",
      decisions: ["STOPPED", "PAUSE_FOR_HITL"]
    },
    OPE_DATA_UNREADABLE: {
      description: "The logged data file could not be read or decoded (missing file, bad JSONL/CSV/Parquet, unknown codec, missing column).",
      decisions: ["STOPPED"]
    },
    OPE_DATA_INVALID: {
      description: "A logged row is invalid (missing, zero, negative or >1 propensity, unknown arm, non-finite reward or cost) and bad_rows is stop, or no valid row remains.",
      decisions: ["STOPPED"]
    },
    OPE_POLICY_UNREADABLE: {
      description: "A routing policy file (baseline at the base, candidate at the head) is missing, unreadable, or (a JSON table) not valid JSON.",
      decisions: ["STOPPED"]
    },
    OPE_POLICY_INVALID: {
      description: "A routing policy is not a valid distribution table (negative or non-finite probability, sum not 1 within 1e-9, unknown arm, bad key), or a Rego routing policy does not compile or returns something other than a valid distribution or one known arm.",
      decisions: ["STOPPED"]
    },
    OPE_POLICY_NO_ENTRY: {
      description: "A logged context has no entry in a routing policy and the policy has no default (or a Rego policy's entrypoint is undefined there): the gate does not guess.",
      decisions: ["STOPPED"]
    },
    OPE_POLICY_EVAL_FAILED: {
      description: "Evaluating a Rego routing policy at a logged context failed (abort, trap, unsupported builtin, time limit): no distribution, so no estimate.",
      decisions: ["STOPPED"]
    },
    HITL_DECIDED: {
      description: "A human decided an escalation: CONTINUE (the required approvals were given on the current head) or STOP (an authorised reviewer rejected it).",
      decisions: ["RUN", "STOPPED"]
    },
    APPROVAL_GRANTED: {
      description: "The required approvals were given on the current head by distinct, authorised people who did not write or push the change.",
      decisions: ["RUN"]
    },
    APPROVAL_PENDING: {
      description: "The signed verdict is PAUSE_FOR_HITL and fewer approvals than required count on the current head.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    APPROVAL_REJECTED: {
      description: "An authorised reviewer rejected the escalation (`/reject <reason>`); new commits are needed.",
      decisions: ["STOPPED"]
    },
    APPROVAL_VERDICT_RUN: {
      description: "The signed verdict is RUN: no approval is needed.",
      decisions: ["RUN"]
    },
    APPROVAL_VERDICT_STOPPED: {
      description: "The signed verdict is STOPPED: no approval can lift it (a sealed stop needs new commits that remove the cause).",
      decisions: ["STOPPED"]
    },
    APPROVAL_VERDICT_PENDING: {
      description: "The gate's check run for the head commit has not completed yet: the approval check waits for the signed verdict.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    APPROVAL_VERDICT_MISSING: {
      description: "The gate's check run for the head commit completed without a signed verdict bundle (or is not owned by the configured gate app).",
      decisions: ["STOPPED"]
    },
    APPROVAL_VERDICT_INVALID: {
      description: "The verdict bundle does not verify: bad signature, wrong key or identity, not an in-toto verdict statement, or a malformed predicate.",
      decisions: ["STOPPED"]
    },
    APPROVAL_VERDICT_STALE: {
      description: "The signed verdict is bound to another commit, repository, pull request or base branch than the one under evaluation.",
      decisions: ["STOPPED"]
    },
    APPROVAL_SIGNER_UNTRUSTED: {
      description: "The verdict was signed by a workflow the pull request can change (refs/pull/*) or by an identity the approvals signer does not name.",
      decisions: ["STOPPED"]
    },
    APPROVAL_NOT_CONFIGURED: {
      description: "The default branch's .github/maestro.yml has no `approvals.signer`: the app cannot tell a real verdict from a forged one.",
      decisions: ["STOPPED"]
    },
    APPROVAL_REQUEST_ENDED: {
      description: "The pull request was closed, merged or retargeted: its approval request ended (recorded with the reason).",
      decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"]
    },
    APPROVAL_FORGERY_DETECTED: {
      description: "A commit status or check run named like the approval check came from another source: it was overwritten and recorded.",
      decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"]
    },
    APPROVAL_COMMENT_TAMPERED: {
      description: "An approval comment was edited by someone other than its author: it does not count and the edit is recorded.",
      decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"]
    },
    APPROVAL_RECEIPT_INVALID: {
      description: "An approval receipt does not verify, or is for another head commit, verdict or repository.",
      decisions: ["STOPPED"]
    },
    APPROVAL_APP_FAILED: {
      description: "The approval app failed while evaluating (GitHub unavailable, unexpected data): the check fails closed.",
      decisions: ["STOPPED"]
    }
  }
};

// action/contract/codebook.ts
function isReasonCode(value) {
  return typeof value === "string" && Object.hasOwn(codebook_default.reason_codes, value);
}

// action/util/isolation.ts
function serialiseThrown(thrown) {
  if (thrown instanceof MaestroError) {
    return {
      kind: "maestro",
      code: thrown.code,
      message: thrown.message,
      ...thrown.location ? { location: { ...thrown.location } } : {}
    };
  }
  if (thrown instanceof Error) return { kind: "error", name: thrown.name, message: thrown.message };
  return { kind: "value", description: describeThrown(thrown) };
}
function reviveThrown(s) {
  switch (s.kind) {
    case "maestro":
      return isReasonCode(s.code) ? new MaestroError(s.code, s.message, s.location ? { location: s.location } : {}) : new MaestroError(
        "GATE_CONTRACT_VIOLATION",
        `unknown reason code ${s.code}: ${s.message}`
      );
    case "error": {
      const e = new Error(s.message);
      e.name = s.name;
      return e;
    }
    case "value":
      return s.description;
  }
}
function workerScript(entry) {
  if (entry.tsx === void 0) return { script: entry.url, eval: false };
  const code = `import(${JSON.stringify(entry.tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(entry.url.href)}));`;
  return { script: code, eval: true };
}

export {
  serialiseThrown,
  reviveThrown,
  workerScript
};
