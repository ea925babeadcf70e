/**
 * The build environment the provenance describes. It is handed in as a plain object (built
 * from `process.env` by the entry point, or by a test); nothing here reads the process.
 */

/** What SLSA provenance needs to know about the run. */
export interface EvidenceEnv {
  /** True inside GitHub Actions (`GITHUB_ACTIONS=true`). */
  actions: boolean;
  serverUrl: string;
  /** `owner/name`. */
  repository: string;
  repositoryId?: string;
  repositoryOwnerId?: string;
  /** `owner/name/.github/workflows/file.yml@refs/heads/main` (`GITHUB_WORKFLOW_REF`). */
  workflowRef?: string;
  /** `GITHUB_REF`, e.g. `refs/pull/7/merge`. */
  ref?: string;
  /** `GITHUB_SHA`: the commit the workflow checked out. */
  sha?: string;
  eventName?: string;
  runId?: string;
  runAttempt?: string;
  runnerEnvironment?: string;
  /** `public`, `private` or `internal`, when known (from the event payload). */
  repositoryVisibility?: string;
}

const nonEmpty = (v: string | undefined): string | undefined =>
  v === undefined || v.trim() === '' ? undefined : v.trim();

/**
 * Builds an `EvidenceEnv` from environment variables (pass `process.env` at the entry point).
 * Outside Actions the repository defaults to `local/repository`.
 */
export function evidenceEnvFromVariables(
  vars: Readonly<Record<string, string | undefined>>,
): EvidenceEnv {
  const pick = (name: string): string | undefined => nonEmpty(vars[name]);
  const env: EvidenceEnv = {
    actions: vars['GITHUB_ACTIONS'] === 'true',
    serverUrl: pick('GITHUB_SERVER_URL') ?? 'https://github.com',
    repository: pick('GITHUB_REPOSITORY') ?? 'local/repository',
  };
  const optional: [keyof EvidenceEnv, string][] = [
    ['repositoryId', 'GITHUB_REPOSITORY_ID'],
    ['repositoryOwnerId', 'GITHUB_REPOSITORY_OWNER_ID'],
    ['workflowRef', 'GITHUB_WORKFLOW_REF'],
    ['ref', 'GITHUB_REF'],
    ['sha', 'GITHUB_SHA'],
    ['eventName', 'GITHUB_EVENT_NAME'],
    ['runId', 'GITHUB_RUN_ID'],
    ['runAttempt', 'GITHUB_RUN_ATTEMPT'],
    ['runnerEnvironment', 'RUNNER_ENVIRONMENT'],
    ['repositoryVisibility', 'MAESTRO_REPOSITORY_VISIBILITY'],
  ];
  for (const [key, name] of optional) {
    const v = pick(name);
    if (v !== undefined) (env as unknown as Record<string, string>)[key] = v;
  }
  return env;
}
