/**
 * The `junit` renderer: JUnit XML, as CI systems show test reports. One test suite per gate;
 * one test case for the gate's decision (failing unless `RUN`) and one per finding (failing
 * when it is an error). Built with fast-xml-parser, so every value is XML-escaped; characters
 * XML 1.0 cannot carry at all are dropped.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { GateRun } from '../contract/run.js';
import { formatLocation } from '../contract/errors.js';
import { oneLine } from './escape.js';
import { findingPath, type RepoPaths } from './paths.js';
import type { StreamRenderer } from './renderer.js';

/** Characters XML 1.0 forbids even as references (all C0 controls but tab, LF, CR; U+FFFE/F). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

function xmlText(value: string): string {
  return value.replace(NOT_XML, '');
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

/** JUnit XML for a run; `paths` makes finding locations repository-relative. */
export function renderJunit(run: GateRun, paths: RepoPaths = {}): string {
  const suites = run.gates.map((g) => {
    const gateCase = {
      '@_name': xmlText(`${g.gate}: ${g.decision} ${g.reason_code}`),
      '@_classname': `maestro-gate.${g.gate}`,
      '@_time': (g.duration_ms / 1000).toFixed(3),
      ...(g.decision === 'RUN'
        ? {}
        : {
            failure: {
              '@_type': g.decision,
              '@_message': xmlText(oneLine(g.summary ?? g.reason_code)),
              '#text': xmlText(g.summary ?? g.reason_code),
            },
          }),
    };
    const findingCases = g.findings.map((f) => {
      const at = findingPath(f, run, paths);
      const where = at
        ? formatLocation({
            file: at.path,
            ...(at.line ? { line: at.line } : {}),
            ...(at.column ? { column: at.column } : {}),
          })
        : undefined;
      return {
        '@_name': xmlText(oneLine(`${f.rule ?? g.reason_code}${where ? ` at ${where}` : ''}`)),
        '@_classname': `maestro-gate.${g.gate}`,
        ...(at ? { '@_file': xmlText(at.path) } : {}),
        ...(at?.line ? { '@_line': at.line } : {}),
        ...(f.level === 'error'
          ? {
              failure: {
                '@_type': f.level,
                '@_message': xmlText(oneLine(f.message)),
                '#text': xmlText(f.message),
              },
            }
          : { 'system-out': xmlText(`${f.level}: ${f.message}`) }),
      };
    });
    const cases = [gateCase, ...findingCases];
    return {
      '@_name': g.gate,
      '@_tests': cases.length,
      '@_failures': cases.filter((c) => 'failure' in c).length,
      '@_errors': 0,
      '@_time': (g.duration_ms / 1000).toFixed(3),
      testcase: cases,
    };
  });
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: {
      '@_name': xmlText(`Maestro Gate: ${run.verdict.decision}`),
      '@_tests': suites.reduce((n, s) => n + s['@_tests'], 0),
      '@_failures': suites.reduce((n, s) => n + s['@_failures'], 0),
      '@_errors': 0,
      testsuite: suites,
    },
  };
  return builder.build(doc);
}

/** `check --format junit`. */
export const junitRenderer: StreamRenderer = {
  format: 'junit',
  description: 'JUnit XML: a test suite per gate, a test case per decision and per finding',
  render: (run, paths) => renderJunit(run, paths ?? {}),
};
