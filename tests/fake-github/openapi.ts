/**
 * GitHub's official OpenAPI description (`@octokit/openapi`, api.github.com) and a validator
 * of response bodies against it. The fake GitHub validates every response it sends, so it
 * cannot drift from the real API. ajv runs with `strict: false` for THIS schema only: the
 * description is OpenAPI 3.0 (`nullable`, `example`, `discriminator`, vendor keys).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

/** The subset of an OpenAPI document the fake reads. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<string, { operationId?: string; responses: Record<string, unknown> }>
  >;
  components: {
    schemas: Record<string, unknown>;
    responses: Record<string, unknown>;
    examples: Record<string, { value: unknown }>;
  };
}

const DOC_ID = 'https://api.github.com/openapi.json';

let cachedDoc: OpenApiDocument | undefined;
let cachedAjv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Path of the api.github.com description inside node_modules. */
export function openApiPath(): string {
  return require.resolve('@octokit/openapi/generated/api.github.com.json');
}

/** The parsed description (loaded once, on first use). */
export function openApi(): OpenApiDocument {
  cachedDoc ??= JSON.parse(readFileSync(openApiPath(), 'utf8')) as OpenApiDocument;
  return cachedDoc;
}

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema: `anyOf [schema, null]`. (ajv's own support
 * needs a sibling `type`, which GitHub's description often lacks next to `allOf`/`$ref`.)
 */
function convertNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertNullable);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'example' || k === 'examples') continue;
    out[k] = convertNullable(v);
  }
  if (out['nullable'] === true) {
    delete out['nullable'];
    return { anyOf: [out, { type: 'null' }] };
  }
  delete out['nullable'];
  return out;
}

function ajv(): Ajv {
  if (!cachedAjv) {
    const doc = openApi();
    cachedAjv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats.default(cachedAjv);
    cachedAjv.addSchema(
      { $id: DOC_ID, components: convertNullable({ schemas: doc.components.schemas }) },
      DOC_ID,
    );
  }
  return cachedAjv;
}

function pointerPart(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The JSON schema GitHub documents for `method path → status`, or undefined if none. */
export function responseSchema(method: string, pathTemplate: string, status: number): unknown {
  const doc = openApi();
  const op = doc.paths[pathTemplate]?.[method.toLowerCase()];
  if (!op) throw new Error(`the OpenAPI description has no ${method} ${pathTemplate}`);
  let response = op.responses[String(status)] as Record<string, unknown> | undefined;
  if (!response) return undefined;
  const ref = response['$ref'];
  if (typeof ref === 'string') {
    response = doc.components.responses[ref.split('/').pop()!] as Record<string, unknown>;
  }
  const content = response['content'] as Record<string, { schema?: unknown }> | undefined;
  return content?.['application/json']?.schema;
}

/** A problem found in one response. */
export interface ConformanceProblem {
  operation: string;
  status: number;
  errors: string[];
}

/**
 * Validates a response body against the description. An undocumented status is checked
 * against GitHub's universal error shape (`basic-error`).
 */
export function validateResponse(
  method: string,
  pathTemplate: string,
  status: number,
  body: unknown,
): ConformanceProblem | undefined {
  const operation = `${method.toUpperCase()} ${pathTemplate}`;
  const documented =
    openApi().paths[pathTemplate]?.[method.toLowerCase()]?.responses[String(status)];
  if (!documented && status < 400) {
    return { operation, status, errors: [`status ${status} is not documented for ${operation}`] };
  }
  const schema = documented
    ? responseSchema(method, pathTemplate, status)
    : { $ref: '#/components/schemas/basic-error' };
  if (schema === undefined) {
    // Documented without a body (302, 204, 404 of some endpoints): the body must be empty.
    return body === undefined || body === ''
      ? undefined
      : { operation, status, errors: ['a body was sent where the description documents none'] };
  }
  const key = `${operation} ${status}`;
  let validate = compiled.get(key);
  if (!validate) {
    // Local refs (#/components/...) resolve against the registered description.
    const rewritten = JSON.parse(
      JSON.stringify(convertNullable(schema)).replace(
        /"#\/components\//g,
        `"${DOC_ID}#/components/`,
      ),
    ) as object;
    validate = ajv().compile(rewritten);
    compiled.set(key, validate);
  }
  if (validate(body)) return undefined;
  return {
    operation,
    status,
    errors: (validate.errors ?? [])
      .slice(0, 20)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`),
  };
}

/** A deep copy of one of GitHub's documented examples (`components.examples[name].value`). */
export function example<T = Record<string, unknown>>(name: string): T {
  const found = openApi().components.examples[name];
  if (!found) throw new Error(`the OpenAPI description has no example "${name}"`);
  return structuredClone(found.value) as T;
}

export { pointerPart };
