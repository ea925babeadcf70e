/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument -- webhook payloads are untyped JSON */
/**
 * The approval app under test: a real Probot instance with the app loaded, fed real webhook
 * payloads from `@octokit/webhooks-examples` (adapted to the scenario) through
 * `probot.receive`, against the stateful fake GitHub. The gate's verdict is real signed
 * evidence written by the evidence module and carried in the gate's check run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Probot, ProbotOctokit } from 'probot';
import { writeEvidence } from '../../action/evidence/write.js';
import { renderVerdictBundle } from '../../action/approvals/verdict-trust.js';
import {
  generateEphemeralKey,
  loadSigningKey,
  type EphemeralKey,
} from '../../action/signing/sign-door.js';
import { createApp } from '../../app/index.js';
import { memoryAuditSink } from '../../app/audit.js';
import { createMetrics, type AppMetrics } from '../../app/metrics.js';
import type { AppOptions } from '../../app/options.js';
import { AUDIT_LOG, actionsEnv, fixtureRun, tempDir } from '../fixtures/evidence/helpers.js';
import {
  FakeGitHub,
  type FakeCheckRun,
  type FakeRepo,
  type FakeUser,
} from '../fake-github/server.js';

const require = createRequire(import.meta.url);
// Webhook payloads are untyped JSON examples patched field by field for each scenario.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

interface WebhookExample {
  name: string;
  examples: Json[];
}
const EXAMPLES =
  require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExample[];

/** A deep copy of the first example of `event` with `action` (any action when omitted). */
export function webhookExample(event: string, action?: string): Json {
  const group = EXAMPLES.find((e) => e.name === event);
  const ex = group?.examples.find((x) => action === undefined || x['action'] === action);
  if (!ex) throw new Error(`@octokit/webhooks-examples has no ${event}.${action ?? ''}`);
  return structuredClone(ex);
}

export const REPO = 'acme/router';
export const APP_SLUG = 'maestro-gate';
export const APP_LOGIN = 'maestro-gate[bot]';
export const AUTHOR = 'octo-author';
export const sha = (c: string): string => c.repeat(40);

/** The default-branch configuration used by most scenarios. */
export function defaultConfig(publicKeyPem: string, extra = ''): string {
  return [
    'version: 1',
    'gates:',
    '  opa: {}',
    'approvals:',
    '  required: 1',
    '  approvers:',
    '    users: [alice, bob, carol]',
    '    teams: [acme/gate-owners]',
    '  signer:',
    '    public_key: |',
    ...publicKeyPem
      .trim()
      .split('\n')
      .map((l) => `      ${l}`),
    extra,
  ].join('\n');
}

/** Probot's Octokit with retries and throttling off (tests must not wait or retry). */
export function testOctokit(): typeof ProbotOctokit {
  return ProbotOctokit.defaults((options: Record<string, unknown>) => ({
    ...options,
    retry: { enabled: false },
    throttle: { enabled: false },
  }));
}

/** Options for `startHarness`. */
export interface HarnessOptions {
  config?: (gatePublicKey: string) => string;
  /** Extra replicas of the app (same fake GitHub, own Probot and metrics). */
  replicas?: number;
  now?: () => Date;
}

/** A running scenario. */
export class Harness {
  readonly fake = new FakeGitHub();
  repo!: FakeRepo;
  readonly gateKey: EphemeralKey = generateEphemeralKey();
  readonly receiptKey: EphemeralKey = generateEphemeralKey();
  readonly audit = memoryAuditSink();
  readonly probots: Probot[] = [];
  readonly metrics: AppMetrics[] = [];
  /** The scenario clock: every action moves it one minute. */
  private minute = 0;
  private delivery = 0;
  readonly evidenceDirs = new Map<string, string>();

  /** The current scenario time. */
  now(): Date {
    return new Date(Date.UTC(2026, 10, 20, 10, this.minute));
  }

  tick(): string {
    this.minute++;
    return this.now().toISOString();
  }

  async start(opts: HarnessOptions = {}): Promise<this> {
    await this.fake.start();
    this.fake.tokens.set('app-token', 'write');
    this.fake.tokens.set('gate-token', 'write');
    this.fake.tokens.set('user-token', 'write');
    this.fake.identities.set('app-token', {
      user: { login: APP_LOGIN, type: 'Bot' },
      app_slug: APP_SLUG,
    });
    this.repo = this.fake.addRepo(REPO);
    this.repo.defaultBranch = 'main';
    const config = (opts.config ?? defaultConfig)(this.gateKey.publicKeyPem);
    this.repo.trees.set('main', { '.github/maestro.yml': config });
    for (const u of ['alice', 'bob', 'carol', 'dave', AUTHOR, 'mallory'])
      this.repo.permissions.set(u, u === 'mallory' ? 'read' : 'write');
    this.fake.teams.set('acme/gate-owners/erin', 'active');
    this.repo.permissions.set('erin', 'write');
    const options: AppOptions = {
      appSlug: APP_SLUG,
      receiptKey: loadSigningKey(this.receiptKey.privateKeyPem),
      audit: this.audit,
      serverUrl: 'https://github.com',
      configPath: '.github/maestro.yml',
      now: opts.now ?? (() => this.now()),
    };
    for (let i = 0; i < 1 + (opts.replicas ?? 0); i++) {
      const metrics = createMetrics();
      const probot = new Probot({
        githubToken: 'app-token',
        baseUrl: this.fake.url,
        logLevel: 'fatal',
        secret: 'webhook-secret',
        Octokit: testOctokit(),
      });
      await probot.load(createApp(options, { metrics }));
      this.probots.push(probot);
      this.metrics.push(metrics);
    }
    return this;
  }

  async close(): Promise<void> {
    await this.fake.close();
  }

  /** Opens pull request #n with head `head` (the author's commit) — no event sent. */
  openPull(n: number, head: string, opts: { author?: string; base?: string } = {}): void {
    const author = opts.author ?? AUTHOR;
    this.repo.pulls.set(n, {
      number: n,
      title: 'Change routing policy',
      author: { login: author },
      base: { ref: opts.base ?? 'main', sha: sha('0') },
      head: { ref: 'feature', sha: head },
      files: [{ path: 'policies/route.rego', status: 'modified', additions: 3, deletions: 1 }],
      commits: [
        { sha: head, message: 'change', author: { login: author }, committer: { login: author } },
      ],
      reviews: [],
      updated_at: this.tick(),
    });
  }

  pull(n: number): NonNullable<ReturnType<FakeRepo['pulls']['get']>> {
    const pr = this.repo.pulls.get(n);
    if (!pr) throw new Error(`no pull request ${n}`);
    return pr;
  }

  /** The gate signs a verdict for `head` and publishes its check run (no event sent). */
  async gate(
    head: string,
    decision: 'RUN' | 'PAUSE_FOR_HITL' | 'STOPPED',
    opts: {
      reasons?: string[];
      sealed?: boolean;
      required?: number;
      groups?: string[];
      key?: EphemeralKey;
      repository?: string;
      bundleFor?: string;
      appSlug?: string;
    } = {},
  ): Promise<FakeCheckRun> {
    const run = fixtureRun() as unknown as Json;
    const reasons =
      opts.reasons ??
      (decision === 'RUN' ? ['OK'] : decision === 'STOPPED' ? ['OPA_DENY'] : ['OPA_ESCALATE']);
    run['verdict'] = {
      decision,
      sealed: opts.sealed ?? false,
      overrideable: decision === 'PAUSE_FOR_HITL',
      final_decider: 'SYSTEM',
      reason_codes: reasons,
      required_approvals: decision === 'PAUSE_FOR_HITL' ? (opts.required ?? 1) : 0,
      approver_groups: opts.groups ?? [],
    };
    const dir = tempDir('maestro-app-evidence-');
    // Bound to the pull request whose head this is, as the Action binds it.
    const pr = [...this.repo.pulls.values()].find((p) => p.head.sha === head);
    const env = actionsEnv();
    if (opts.repository) env.repository = opts.repository;
    const r = await writeEvidence({
      run,
      auditLogPath: AUDIT_LOG,
      evidenceDir: dir,
      env,
      signing: { mode: 'key', keyPem: (opts.key ?? this.gateKey).privateKeyPem },
      headSha: opts.bundleFor ?? head,
      now: () => this.now(),
      ...(pr
        ? { pullRequest: { number: pr.number, baseRef: pr.base.ref, baseSha: pr.base.sha } }
        : {}),
    });
    if (!r.bundlePath) throw new Error('the evidence was not signed');
    this.evidenceDirs.set(head, dir);
    const check: FakeCheckRun = {
      id: this.fake.newId(),
      name: 'maestro-gate',
      head_sha: head,
      status: 'completed',
      conclusion:
        decision === 'RUN' ? 'success' : decision === 'STOPPED' ? 'failure' : 'action_required',
      external_id: null,
      output: {
        title: decision,
        summary: 'gate',
        text: renderVerdictBundle(readFileSync(r.bundlePath, 'utf8')),
      },
      annotations: [],
      app_slug: opts.appSlug ?? 'github-actions',
    };
    this.repo.checkRuns.push(check);
    return check;
  }

  private base(event: string, action?: string): Json {
    const p = webhookExample(event, action);
    delete p['installation'];
    const [owner, name] = REPO.split('/') as [string, string];
    p['repository'] = {
      ...p['repository'],
      name,
      full_name: REPO,
      owner: { ...p['repository']?.owner, login: owner },
      url: `${this.fake.url}/repos/${REPO}`,
      default_branch: 'main',
    };
    return p;
  }

  private prPayload(pr: Json, n: number): Json {
    const fp = this.pull(n);
    return {
      ...pr,
      number: n,
      state: fp.state ?? 'open',
      updated_at: fp.updated_at,
      user: { ...pr['user'], login: fp.author.login, type: 'User' },
      head: { ...pr['head'], sha: fp.head.sha, ref: fp.head.ref },
      base: { ...pr['base'], ref: fp.base.ref, sha: fp.base.sha },
    };
  }

  /** Delivers a webhook to replica `replica` (default 0) through `probot.receive`. */
  async receive(name: string, payload: Json, replica = 0, id?: string): Promise<void> {
    await this.probots[replica]!.receive({
      id: id ?? `delivery-${++this.delivery}`,
      name,
      payload,
    } as never);
  }

  /** Builds (without sending) a `pull_request` event for #n. */
  pullRequestEvent(n: number, action: string, sender: string, changes?: Json): Json {
    const p = this.base(
      'pull_request',
      action === 'edited' || action === 'synchronize' ? 'opened' : action,
    );
    p['action'] = action;
    p['number'] = n;
    p['pull_request'] = this.prPayload(p['pull_request'], n);
    p['sender'] = { ...p['sender'], login: sender, type: 'User' };
    if (changes) p['changes'] = changes;
    return p;
  }

  /** The author (or `pusher`) pushes `head` to #n: fake state, then `synchronize`. */
  async push(n: number, head: string, pusher = AUTHOR, replica = 0): Promise<Json> {
    const pr = this.pull(n);
    pr.head.sha = head;
    pr.commits = [
      ...(pr.commits ?? []).filter((c) => c.sha !== head),
      { sha: head, message: 'more', author: { login: pusher }, committer: { login: pusher } },
    ];
    pr.updated_at = this.tick();
    const event = this.pullRequestEvent(n, 'synchronize', pusher);
    await this.receive('pull_request', event, replica);
    return event;
  }

  /** Sends the gate's `check_run.completed` for a check run created by `gate`. */
  async gateCompleted(n: number, check: FakeCheckRun, replica = 0): Promise<void> {
    const p = this.base('check_run', 'completed');
    p['check_run'] = {
      ...p['check_run'],
      id: check.id,
      name: check.name,
      head_sha: check.head_sha,
      status: 'completed',
      conclusion: check.conclusion,
      app: { ...p['check_run']['app'], slug: check.app_slug },
      pull_requests: [
        {
          url: `${this.fake.url}/repos/${REPO}/pulls/${n}`,
          id: n,
          number: n,
          head: {
            ref: 'feature',
            sha: check.head_sha,
            repo: { id: 1, url: `${this.fake.url}/repos/${REPO}`, name: 'router' },
          },
          base: {
            ref: 'main',
            sha: sha('0'),
            repo: { id: 1, url: `${this.fake.url}/repos/${REPO}`, name: 'router' },
          },
        },
      ],
    };
    await this.receive('check_run', p, replica);
  }

  /** `login` submits an approving review on `commit` (default: the head). */
  async review(
    n: number,
    login: string,
    opts: {
      commit?: string;
      state?: string;
      body?: string;
      user?: FakeUser;
      replica?: number;
    } = {},
  ): Promise<number> {
    const pr = this.pull(n);
    const id = this.fake.newId();
    const user = opts.user ?? { login };
    pr.reviews = [
      ...(pr.reviews ?? []),
      {
        id,
        user,
        state: opts.state ?? 'APPROVED',
        body: opts.body ?? 'looks right',
        commit_id: opts.commit ?? pr.head.sha,
        submitted_at: this.tick(),
      },
    ];
    const p = this.base('pull_request_review', 'submitted');
    p['pull_request'] = this.prPayload(p['pull_request'], n);
    p['review'] = {
      ...p['review'],
      id,
      user: { ...p['review']['user'], login, type: user.type ?? 'User' },
      state: (opts.state ?? 'APPROVED').toLowerCase(),
      commit_id: opts.commit ?? pr.head.sha,
    };
    p['sender'] = { ...p['sender'], login, type: user.type ?? 'User' };
    await this.receive('pull_request_review', p, opts.replica ?? 0);
    return id;
  }

  /** `login` comments `body` on #n: fake state, then `issue_comment.created`. Returns its id. */
  async comment(
    n: number,
    login: string,
    body: string,
    opts: { user?: FakeUser; replica?: number } = {},
  ): Promise<number> {
    const id = this.fake.newId();
    const at = this.tick();
    const user = opts.user ?? { login };
    this.repo.comments.set(n, [
      ...(this.repo.comments.get(n) ?? []),
      { id, user, body, created_at: at, updated_at: at },
    ]);
    await this.receive(
      'issue_comment',
      this.commentEvent(n, id, 'created', login),
      opts.replica ?? 0,
    );
    return id;
  }

  /** An `issue_comment` event for stored comment `id`, sent by `sender`. */
  commentEvent(n: number, id: number, action: string, sender: string, from?: string): Json {
    const c = (this.repo.comments.get(n) ?? []).find((x) => x.id === id);
    if (!c) throw new Error(`no comment ${id}`);
    const p = this.base('issue_comment', action);
    p['issue'] = {
      ...p['issue'],
      number: n,
      pull_request: { url: `${this.fake.url}/repos/${REPO}/pulls/${n}` },
      user: { ...p['issue']['user'], login: this.pull(n).author.login },
    };
    p['comment'] = {
      ...p['comment'],
      id,
      body: c.body,
      created_at: c.created_at,
      updated_at: c.updated_at,
      user: {
        ...p['comment']['user'],
        login: c.user.login,
        type: c.user.type ?? (c.user.login.endsWith('[bot]') ? 'Bot' : 'User'),
      },
    };
    p['sender'] = { ...p['sender'], login: sender, type: 'User' };
    if (from !== undefined) p['changes'] = { body: { from } };
    return p;
  }

  /** The app's newest approval check run on `head` for `base`. */
  approvalCheck(head: string, base = 'main'): FakeCheckRun | undefined {
    return this.repo.checkRuns
      .filter(
        (r) =>
          r.app_slug === APP_SLUG && r.head_sha === head && r.name === `maestro/approval (${base})`,
      )
      .sort((a, b) => b.id - a.id)[0];
  }

  /** The app's bot comment on #n. */
  botComment(n: number): string | undefined {
    return (this.repo.comments.get(n) ?? []).find((c) => c.user.login === APP_LOGIN)?.body;
  }

  /** Reactions on a comment. */
  reactions(id: number): string[] {
    return (this.repo.reactions.get(id) ?? []).map((r) => r.content);
  }
}

/** Starts a harness. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  return new Harness().start(opts);
}
