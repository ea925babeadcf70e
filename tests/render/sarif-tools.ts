/**
 * The two SARIF checkers the tests use: the OASIS SARIF 2.1.0 JSON schema (committed as
 * schemas/sarif-schema-2.1.0.json, draft-04, so ajv-draft-04) and Microsoft's SARIF Multitool
 * `validate` with GitHub's ingestion rules (`--rule-kind "Sarif;Gh"`), from the npm package
 * @microsoft/sarif-multitool (a self-contained .NET binary; no network).
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AjvModule, { type ErrorObject } from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
// CommonJS default exports, as NodeNext sees them.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ??
  AjvModule) as unknown as new (opts: object) => {
  compile: (schema: object) => ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
};
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: unknown) => void;
const ROOT = join(import.meta.dirname, '../..');

/** Validates a SARIF log against the SARIF 2.1.0 schema; returns the errors. */
export function schemaErrors(log: unknown): string[] {
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'schemas/sarif-schema-2.1.0.json'), 'utf8'),
  ) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** The Multitool binary, or why there is none. */
export function multitool(): { path?: string; reason?: string } {
  const pkg = `@microsoft/sarif-multitool-${process.platform === 'darwin' ? 'darwin' : process.platform === 'win32' ? 'win32' : 'linux'}`;
  try {
    const path = join(dirname(require.resolve(`${pkg}/package.json`)), 'Sarif.Multitool');
    accessSync(path, constants.X_OK);
    return { path };
  } catch (thrown) {
    return {
      reason: `the SARIF Multitool (${pkg}, a devDependency) is not installed or not executable: ${String(thrown)}`,
    };
  }
}

/** One problem the Multitool reported. */
export interface MultitoolProblem {
  ruleId: string;
  level: string;
  message: string;
}

/** Runs `Sarif.Multitool validate --rule-kind "Sarif;Gh"` on `log`; returns its findings. */
export function multitoolValidate(binary: string, log: unknown): MultitoolProblem[] {
  const dir = mkdtempSync(join(tmpdir(), 'maestro-sarif-'));
  const input = join(dir, 'input.sarif');
  const output = join(dir, 'validation.sarif');
  writeFileSync(input, JSON.stringify(log, null, 2));
  execFileSync(
    binary,
    ['validate', '--rule-kind', 'Sarif;Gh', input, '-o', output, '--log', 'ForceOverwrite'],
    {
      cwd: dir,
      env: {
        ...process.env,
        DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    },
  );
  const result = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: {
      results?: {
        ruleId: string;
        level?: string;
        message: { text?: string; id?: string; arguments?: string[] };
      }[];
      invocations?: { executionSuccessful: boolean }[];
    }[];
  };
  const run = result.runs[0]!;
  if (run.invocations?.[0]?.executionSuccessful === false)
    throw new Error(
      `the Multitool did not complete: ${readFileSync(output, 'utf8').slice(0, 2000)}`,
    );
  return (run.results ?? []).map((r) => ({
    ruleId: r.ruleId,
    level: r.level ?? 'warning',
    message: r.message.text ?? [r.message.id, ...(r.message.arguments ?? [])].join(' '),
  }));
}
