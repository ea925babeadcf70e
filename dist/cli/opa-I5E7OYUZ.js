import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  resolveConfig
} from "./chunk-JKBYALV2.js";
import {
  DEFAULT_CONFIG_PATH,
  loadConfig,
  opaToolchainFromEnvironment
} from "./chunk-6E7NV6HS.js";
import "./chunk-6OE3NXPB.js";
import {
  parseCliArgs
} from "./chunk-QERIFQIF.js";
import "./chunk-XPEKZT6D.js";
import "./chunk-5WDJNOWP.js";
import "./chunk-YGX6R5VT.js";
import "./chunk-ZLXOS2ZN.js";
import {
  describeThrown
} from "./chunk-G6ONNIUE.js";
import {
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-23CADIEF.js";

// action/cli/opa.ts
init_define_MAESTRO_CODE_DIGESTS();
import { execFile } from "node:child_process";
import { isAbsolute, join, resolve } from "node:path";
var OPA_TEST_USAGE = `Usage: maestro-gate opa test [DIR] [--config FILE]

Runs the policies' *_test.rego files with \`opa test -v\` over gates.opa.policies and
gates.opa.data of the configuration (default DIR/.github/maestro.yml).
Exit codes: 0 all tests pass, 1 a test failed or opa could not run, 64 usage error.
`;
async function opaTestCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub !== "test") {
    io.stderr(OPA_TEST_USAGE);
    return 64;
  }
  const { values, positionals } = parseCliArgs("opa test", {
    args: rest,
    allowPositionals: true,
    options: { config: { type: "string" }, help: { type: "boolean" } }
  });
  if (values.help) {
    io.stdout(OPA_TEST_USAGE);
    return 0;
  }
  const dir = resolve(positionals[0] ?? ".");
  const configRel = values.config ?? DEFAULT_CONFIG_PATH;
  const loaded = loadConfig(isAbsolute(configRel) ? configRel : join(dir, configRel), configRel);
  if (!loaded.ok) {
    io.stderr(`maestro-gate opa test: ${loaded.findings[0]?.message ?? loaded.code}
`);
    return 1;
  }
  const config = resolveConfig(loaded.config.gates["opa"]);
  if (config.policies.length === 0) {
    io.stderr(`maestro-gate opa test: ${configRel} lists no \`gates.opa.policies\`.
`);
    return 1;
  }
  const controller = new AbortController();
  let opa;
  try {
    opa = await opaToolchainFromEnvironment(process.env).resolve({
      pin: { version: config.opaVersion, sha256: config.opaSha256 },
      progress: (line) => io.stderr(`${line}
`),
      signal: controller.signal
    });
  } catch (thrown) {
    io.stderr(`maestro-gate opa test: ${describeThrown(thrown)}
`);
    return 1;
  }
  const args = [
    "test",
    "-v",
    ...config.regoVersion === "v0" ? ["--v0-compatible"] : [],
    "--",
    ...config.policies,
    ...config.data
  ];
  return new Promise((done) => {
    execFile(
      opa.path,
      args,
      {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, OPA_TELEMETRY_DISABLED: "1" }
      },
      (error, stdout, stderr) => {
        io.stdout(stdout);
        if (stderr) io.stderr(stderr);
        done(error === null ? 0 : 1);
      }
    );
  });
}
export {
  OPA_TEST_USAGE,
  opaTestCommand
};
