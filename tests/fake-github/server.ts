/**
 * A stateful fake of the GitHub REST endpoints Maestro Gate uses, served on 127.0.0.1 on a
 * random port. Response bodies are built from GitHub's own documented examples and every
 * response is validated against the official OpenAPI description before it is sent: a
 * response that does not conform is replaced by a 500 and recorded in `problems`, so a test
 * that exercises it fails.
 *
 * Tokens: `write` tokens may create check runs and comments; `read` tokens get GitHub's
 * "Resource not accessible by integration" 403 on writes (fork pull requests); unknown tokens
 * get 401. Every request is counted (`requests`), for the API-economics test and benchmark.
 *
 * For the approval app the fake is stateful: tokens carry an identity (`identities`: the app a
 * check run belongs to, the user a comment or reaction is by), and reviews, comments,
 * reactions, check runs (create and update), commit statuses, requested reviewers, team
 * memberships, collaborator permissions and review dismissals are kept and served back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ChangedFile } from '../../action/contract/pr-facts.js';
import { example, validateResponse, type ConformanceProblem } from './openapi.js';

type Json = Record<string, unknown>;

/** A user the fake knows. */
export interface FakeUser {
  login: string;
  type?: 'User' | 'Bot' | 'Organization';
}

/** A pull request in the fake's state. */
export interface FakePullRequest {
  number: number;
  title: string;
  author: FakeUser;
  draft?: boolean;
  labels?: string[];
  base: { ref: string; sha: string };
  head: { ref: string; sha: string; repository?: string };
  files: ChangedFile[];
  state?: 'open' | 'closed';
  merged?: boolean;
  requested_reviewers?: string[];
  requested_teams?: string[];
  updated_at?: string;
  commits?: {
    sha: string;
    message: string;
    author: FakeUser | null;
    committer: FakeUser | null;
  }[];
  reviews?: {
    id: number;
    user: FakeUser;
    state: string;
    body: string;
    commit_id: string;
    submitted_at?: string;
  }[];
}

/** A stored issue comment. */
export interface FakeComment {
  id: number;
  user: FakeUser;
  body: string;
  created_at: string;
  updated_at: string;
}

/** A stored check run. */
export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Json[];
  app_slug: string;
  started_at?: string | null;
  completed_at?: string | null;
}

/** A stored commit status. */
export interface FakeStatus {
  id: number;
  sha: string;
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string | null;
  creator: FakeUser;
}

/** Who a token acts as. */
export interface FakeIdentity {
  /** The user (or `<slug>[bot]`) comments, reactions and statuses are by. */
  user: FakeUser;
  /** The app check runs created with this token belong to. */
  app_slug: string;
}

/** One repository's state. */
export interface FakeRepo {
  owner: string;
  name: string;
  pulls: Map<number, FakePullRequest>;
  comments: Map<number, FakeComment[]>;
  checkRuns: FakeCheckRun[];
  /** Commit SHA → path → content: the trees `contents` and `tarball` serve. */
  trees: Map<string, Record<string, string>>;
  permissions: Map<string, string>;
  /** Stored attestations (Sigstore bundles). */
  attestations: { id: number; bundle: Json }[];
  statuses: FakeStatus[];
  /** The default branch pull-request payloads report (the example's when unset). */
  defaultBranch?: string;
  /** Comment id → reactions. */
  reactions: Map<number, { id: number; user: FakeUser; content: string }[]>;
}

/** One request the fake answered. */
export interface FakeRequest {
  method: string;
  /** The OpenAPI path template, or the raw path for unknown routes. */
  route: string;
  url: string;
  status: number;
  token: string | undefined;
  /** Time the fake spent answering (building and validating the response), in ms. */
  ms?: number;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  handler: (req: Ctx) => Reply | Promise<Reply>;
}

interface Ctx {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
  token: string | undefined;
  access: 'write' | 'read';
  route: string;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes (not JSON): not validated (codeload is not the REST API). */
  raw?: Buffer;
}

const TIMESTAMP = '2026-11-20T10:00:00Z';
const ERROR_DOCS = 'https://docs.github.com/rest';

function templateToRegex(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) =>
      part.startsWith('{')
        ? part === '{path}'
          ? '(?<path>.+)'
          : `(?<${part.slice(1, -1)}>[^/]+)`
        : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

function error(status: number, message: string): Reply {
  return {
    status,
    body: { message, documentation_url: ERROR_DOCS, status: String(status) },
  };
}

/** The fake GitHub server. */
export class FakeGitHub {
  readonly repos = new Map<string, FakeRepo>();
  readonly tokens = new Map<string, 'write' | 'read'>();
  readonly requests: FakeRequest[] = [];
  readonly problems: ConformanceProblem[] = [];
  /** Route → statuses to answer with instead of handling (fault injection), consumed in order. */
  readonly faults = new Map<string, number[]>();
  /** Token → identity; tokens without one act as GitHub Actions' `github-actions[bot]`. */
  readonly identities = new Map<string, FakeIdentity>();
  private server: Server | undefined;
  private nextId = 5000;
  private base = '';
  private readonly routes: Route[] = [];

  constructor() {
    this.approvalRoutes();
    this.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', (c) => {
      const pr = this.pull(c);
      return pr ? { status: 200, body: this.pullJson(this.repo(c)!, pr) } : error(404, 'Not Found');
    });
    this.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', (c) => {
      const pr = this.pull(c);
      if (!pr) return error(404, 'Not Found');
      // GitHub lists at most 3000 files of a pull request.
      return this.page(
        c,
        pr.files.slice(0, 3000).map((f) => this.fileJson(f)),
      );
    });
    this.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', (c) => {
      const pr = this.pull(c);
      if (!pr) return error(404, 'Not Found');
      return this.page(
        c,
        (pr.commits ?? []).map((cm) => this.commitJson(cm)),
      );
    });
    this.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', (c) => {
      const pr = this.pull(c);
      if (!pr) return error(404, 'Not Found');
      return this.page(
        c,
        (pr.reviews ?? []).map((r) => this.reviewJson(r)),
      );
    });
    this.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (c) => {
      const repo = this.repo(c);
      if (!repo || !repo.pulls.has(Number(c.params['issue_number'])))
        return error(404, 'Not Found');
      const list = repo.comments.get(Number(c.params['issue_number'])) ?? [];
      return this.page(
        c,
        list.map((cm) => this.commentJson(repo, cm)),
      );
    });
    this.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (c) => {
      const repo = this.repo(c);
      const issue = Number(c.params['issue_number']);
      if (!repo || !repo.pulls.has(issue)) return error(404, 'Not Found');
      if (c.access !== 'write') return error(403, 'Resource not accessible by integration');
      if (typeof c.body['body'] !== 'string') return error(422, 'Validation Failed');
      const comment: FakeComment = {
        id: this.nextId++,
        user: this.identity(c).user,
        body: c.body['body'],
        created_at: TIMESTAMP,
        updated_at: TIMESTAMP,
      };
      repo.comments.set(issue, [...(repo.comments.get(issue) ?? []), comment]);
      return { status: 201, body: this.commentJson(repo, comment) };
    });
    this.route('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (c) => {
      const repo = this.repo(c);
      if (!repo) return error(404, 'Not Found');
      const id = Number(c.params['comment_id']);
      const comment = [...repo.comments.values()].flat().find((cm) => cm.id === id);
      if (!comment) return error(404, 'Not Found');
      if (c.access !== 'write') return error(403, 'Resource not accessible by integration');
      if (typeof c.body['body'] !== 'string') return error(422, 'Validation Failed');
      comment.body = c.body['body'];
      comment.updated_at = '2026-11-20T11:00:00Z';
      return { status: 200, body: this.commentJson(repo, comment) };
    });
    this.route('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (c) => {
      const repo = this.repo(c);
      if (!repo) return error(404, 'Not Found');
      const id = Number(c.params['comment_id']);
      for (const [issue, list] of repo.comments) {
        if (!list.some((cm) => cm.id === id)) continue;
        if (c.access !== 'write') return error(403, 'Resource not accessible by integration');
        repo.comments.set(
          issue,
          list.filter((cm) => cm.id !== id),
        );
        return { status: 204 };
      }
      return error(404, 'Not Found');
    });
    this.route('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission', (c) => {
      const repo = this.repo(c);
      const login = c.params['username']!;
      const role = repo?.permissions.get(login);
      if (!repo || role === undefined) return error(404, 'Not Found');
      const body = example<Json>(
        'repository-collaborator-permission-response-if-user-has-admin-permissions',
      );
      const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      body['permission'] = legacy;
      body['role_name'] = role;
      body['user'] = { ...this.userJson({ login }), role_name: role };
      return { status: 200, body };
    });
    this.route('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', (c) => {
      const state = this.teams.get(
        `${c.params['org']}/${c.params['team_slug']}/${c.params['username']}`,
      );
      if (!state) return { status: 404 };
      const body = example<Json>('team-membership-response-if-user-is-a-team-maintainer');
      body['state'] = state;
      body['role'] = 'member';
      return { status: 200, body };
    });
    this.route('POST', '/repos/{owner}/{repo}/check-runs', (c) => {
      const repo = this.repo(c);
      if (!repo) return error(404, 'Not Found');
      if (c.access !== 'write') return error(403, 'Resource not accessible by integration');
      const b = c.body;
      const output = (b['output'] ?? {}) as Json;
      if (typeof b['name'] !== 'string' || typeof b['head_sha'] !== 'string')
        return error(422, 'Validation Failed');
      for (const key of ['summary', 'text'] as const) {
        if (typeof output[key] === 'string' && output[key].length > 65535)
          return error(422, `output.${key} is too long (maximum is 65535 characters)`);
      }
      const annotations = Array.isArray(output['annotations'])
        ? (output['annotations'] as Json[])
        : [];
      if (annotations.length > 50) return error(422, 'at most 50 annotations per request');
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: b['name'],
        head_sha: b['head_sha'],
        status: typeof b['status'] === 'string' ? b['status'] : 'queued',
        conclusion: typeof b['conclusion'] === 'string' ? b['conclusion'] : null,
        external_id: typeof b['external_id'] === 'string' ? b['external_id'] : null,
        output: {
          title: typeof output['title'] === 'string' ? output['title'] : null,
          summary: typeof output['summary'] === 'string' ? output['summary'] : null,
          text: typeof output['text'] === 'string' ? output['text'] : null,
        },
        annotations,
        app_slug: this.identity(c).app_slug,
        started_at: typeof b['started_at'] === 'string' ? b['started_at'] : TIMESTAMP,
        completed_at:
          typeof b['completed_at'] === 'string'
            ? b['completed_at']
            : b['status'] === 'completed' || typeof b['conclusion'] === 'string'
              ? TIMESTAMP
              : null,
      };
      if (run.conclusion !== null) run.status = 'completed';
      repo.checkRuns.push(run);
      return { status: 201, body: this.checkRunJson(repo, run) };
    });
    this.route('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', (c) => {
      const repo = this.repo(c);
      if (!repo) return error(404, 'Not Found');
      const runs = repo.checkRuns.filter((r) => r.head_sha === c.params['ref']);
      const page = this.page(
        c,
        runs.map((r) => this.checkRunJson(repo, r)),
      );
      return { ...page, body: { total_count: runs.length, check_runs: page.body } };
    });
    this.route('GET', '/repos/{owner}/{repo}/contents/{path}', (c) => {
      const repo = this.repo(c);
      const ref = c.query.get('ref') ?? '';
      const path = decodeURIComponent(c.params['path']!);
      const content = repo?.trees.get(ref)?.[path];
      if (!repo || content === undefined) return error(404, 'Not Found');
      const body = example<Json>('content-file-response-if-content-is-a-file');
      const bytes = Buffer.from(content, 'utf8');
      Object.assign(body, {
        name: path.split('/').pop(),
        path,
        size: bytes.length,
        content: bytes.toString('base64'),
        encoding: 'base64',
      });
      return { status: 200, body };
    });
    this.route('POST', '/repos/{owner}/{repo}/attestations', (c) => {
      const repo = this.repo(c);
      if (!repo) return error(404, 'Not Found');
      if (c.access !== 'write') return error(403, 'Resource not accessible by integration');
      const bundle = c.body['bundle'];
      if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle))
        return error(422, 'Validation Failed');
      const id = this.nextId++;
      repo.attestations.push({ id, bundle: bundle as Json });
      return { status: 201, body: { id } };
    });
    this.route('GET', '/repos/{owner}/{repo}/tarball/{ref}', (c) => {
      const repo = this.repo(c);
      if (!repo || !repo.trees.has(c.params['ref']!)) return error(404, 'Not Found');
      return {
        status: 302,
        headers: {
          location: `${this.base}/_codeload/${repo.owner}/${repo.name}/legacy.tar.gz/${c.params['ref']}`,
        },
      };
    });
    this.route('GET', '/_codeload/{owner}/{repo}/legacy.tar.gz/{ref}', (c) => {
      const repo = this.repo(c);
      const tree = repo?.trees.get(c.params['ref']!);
      if (!repo || !tree) return { status: 404, raw: Buffer.from('Not Found') };
      return {
        status: 200,
        headers: { 'content-type': 'application/x-gzip' },
        raw: tarball(`${repo.owner}-${repo.name}-${c.params['ref']!.slice(0, 7)}`, tree),
      };
    });
  }

  /** `org/team/login` → membership state. */
  readonly teams = new Map<string, 'active' | 'pending'>();

  /** Next id for objects tests create (reviews, comments). */
  newId(): number {
    return this.nextId++;
  }

  private identity(c: Ctx): FakeIdentity {
    return (
      (c.token ? this.identities.get(c.token) : undefined) ?? {
        user: { login: 'github-actions[bot]', type: 'Bot' },
        app_slug: 'github-actions',
      }
    );
  }

  private approvalRoutes(): void {
    this.route('POST', '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', (c) => {
      const repo = this.repo(c);
      if (!repo) return error(404, 'Not Found');
      const id = Number(c.params['comment_id']);
      if (![...repo.comments.values()].flat().some((cm) => cm.id === id))
        return error(404, 'Not Found');
      if (c.access !== 'write') return error(403, 'Resource not accessible by integration');
      const content = c.body['content'];
      const allowed = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'];
      if (typeof content !== 'string' || !allowed.includes(content))
        return error(422, 'Validation Failed');
      const user = this.identity(c).user;
      const list = repo.reactions.get(id) ?? [];
      const existing = list.find((r) => r.user.login === user.login && r.content === content);
      if (existing) return { status: 200, body: this.reactionJson(existing) };
      const reaction = { id: this.nextId++, user, content };
      repo.reactions.set(id, [...list, reaction]);
      return { status: 201, body: this.reactionJson(reaction) };
    });
    this.route(
      'PUT',
      '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals',
      (c) => {
        const pr = this.pull(c);
        const review = pr?.reviews?.find((r) => r.id === Number(c.params['review_id']));
        if (!pr || !review) return error(404, 'Not Found');
        if (c.access !== 'write') return error(403, 'Resource not accessible by integration');
        if (typeof c.body['message'] !== 'string') return error(422, 'Validation Failed');
        if (review.state !== 'APPROVED' && review.state !== 'CHANGES_REQUESTED')
          return error(422, 'Can not dismiss a commented or pending review');
        review.state = 'DISMISSED';
        return { status: 200, body: this.reviewJson(review) };
      },
    );
    this.route('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', (c) => {
      const repo = this.repo(c);
      const pr = this.pull(c);
      if (!repo || !pr) return error(404, 'Not Found');
      if (c.access !== 'write') return error(403, 'Resource not accessible by integration');
      const users = Array.isArray(c.body['reviewers']) ? (c.body['reviewers'] as string[]) : [];
      const teams = Array.isArray(c.body['team_reviewers'])
        ? (c.body['team_reviewers'] as string[])
        : [];
      if (users.includes(pr.author.login))
        return error(422, 'Review cannot be requested from pull request author.');
      pr.requested_reviewers = [...new Set([...(pr.requested_reviewers ?? []), ...users])];
      pr.requested_teams = [...new Set([...(pr.requested_teams ?? []), ...teams])];
      return { status: 201, body: this.pullSimpleJson(repo, pr) };
    });
    this.route('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (c) => {
      const repo = this.repo(c);
      const run = repo?.checkRuns.find((r) => r.id === Number(c.params['check_run_id']));
      if (!repo || !run) return error(404, 'Not Found');
      if (c.access !== 'write') return error(403, 'Resource not accessible by integration');
      // A check run can only be updated by the app that created it.
      if (run.app_slug !== this.identity(c).app_slug)
        return error(403, 'Invalid app_id `0` - check run can only be modified by its creator.');
      const b = c.body;
      const output = (b['output'] ?? {}) as Json;
      if (typeof b['status'] === 'string') run.status = b['status'];
      if (typeof b['conclusion'] === 'string') {
        run.conclusion = b['conclusion'];
        run.status = 'completed';
        run.completed_at = TIMESTAMP;
      }
      if (typeof b['external_id'] === 'string') run.external_id = b['external_id'];
      for (const key of ['title', 'summary', 'text'] as const)
        if (typeof output[key] === 'string') run.output[key] = output[key];
      return { status: 200, body: this.checkRunJson(repo, run) };
    });
    this.route('POST', '/repos/{owner}/{repo}/statuses/{sha}', (c) => {
      const repo = this.repo(c);
      if (!repo) return error(404, 'Not Found');
      if (c.access !== 'write') return error(403, 'Resource not accessible by integration');
      const state = c.body['state'];
      if (typeof state !== 'string' || !['error', 'failure', 'pending', 'success'].includes(state))
        return error(422, 'Validation Failed');
      const status: FakeStatus = {
        id: this.nextId++,
        sha: c.params['sha']!,
        context: typeof c.body['context'] === 'string' ? c.body['context'] : 'default',
        state: state as FakeStatus['state'],
        description: typeof c.body['description'] === 'string' ? c.body['description'] : null,
        creator: this.identity(c).user,
      };
      repo.statuses.push(status);
      return { status: 201, body: this.statusJson(repo, status) };
    });
    this.route('GET', '/repos/{owner}/{repo}/commits/{ref}/statuses', (c) => {
      const repo = this.repo(c);
      if (!repo) return error(404, 'Not Found');
      const list = repo.statuses.filter((s) => s.sha === c.params['ref']).reverse();
      return this.page(
        c,
        list.map((s) => this.statusJson(repo, s)),
      );
    });
    this.route('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (c) => {
      const repo = this.repo(c);
      if (!repo) return error(404, 'Not Found');
      const pulls = [...repo.pulls.values()].filter((p) => p.head.sha === c.params['commit_sha']);
      return this.page(
        c,
        pulls.map((p) => this.pullSimpleJson(repo, p)),
      );
    });
  }

  private reactionJson(r: { id: number; user: FakeUser; content: string }): Json {
    return {
      ...example<Json>('reaction'),
      id: r.id,
      node_id: `R_${r.id}`,
      user: this.userJson(r.user),
      content: r.content,
    };
  }

  private statusJson(repo: FakeRepo, s: FakeStatus): Json {
    return {
      ...example<Json>('status'),
      id: s.id,
      node_id: `S_${s.id}`,
      url: `${this.base}/repos/${repo.owner}/${repo.name}/statuses/${s.sha}`,
      state: s.state,
      description: s.description,
      context: s.context,
      creator: this.userJson(s.creator),
    };
  }

  private pullSimpleJson(repo: FakeRepo, pr: FakePullRequest): Json {
    const full = this.pullJson(repo, pr);
    const simple = example<Json[]>('pull-request-simple-items')[0] ?? {};
    const out: Json = {};
    for (const k of Object.keys(simple)) if (k in full) out[k] = full[k];
    return { ...simple, ...out };
  }

  /** Starts listening on 127.0.0.1 (random port); returns the base URL. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolveListen) =>
      this.server!.listen(0, '127.0.0.1', () => resolveListen()),
    );
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
    return this.base;
  }

  /** Stops the server. */
  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
  }

  /** The base URL (after `start`). */
  get url(): string {
    return this.base;
  }

  /** Adds (or returns) a repository. */
  addRepo(fullName: string): FakeRepo {
    const existing = this.repos.get(fullName);
    if (existing) return existing;
    const [owner, name] = fullName.split('/') as [string, string];
    const repo: FakeRepo = {
      owner,
      name,
      pulls: new Map(),
      comments: new Map(),
      checkRuns: [],
      trees: new Map(),
      permissions: new Map(),
      attestations: [],
      statuses: [],
      reactions: new Map(),
    };
    this.repos.set(fullName, repo);
    return repo;
  }

  /** Requests to REST routes (not the codeload download), optionally for one route. */
  apiRequests(route?: string): FakeRequest[] {
    return this.requests.filter(
      (r) => !r.route.startsWith('/_codeload') && (route === undefined || r.route === route),
    );
  }

  private route(method: string, template: string, handler: Route['handler']): void {
    this.routes.push({ method, template, pattern: templateToRegex(template), handler });
  }

  private repo(c: Ctx): FakeRepo | undefined {
    return this.repos.get(`${c.params['owner']}/${c.params['repo']}`);
  }

  private pull(c: Ctx): FakePullRequest | undefined {
    return this.repo(c)?.pulls.get(Number(c.params['pull_number']));
  }

  private page(c: Ctx, items: unknown[]): Reply {
    const perPage = Math.min(Math.max(Number(c.query.get('per_page') ?? 30) || 30, 1), 100);
    const page = Math.max(Number(c.query.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const headers: Record<string, string> = {};
    const link = (p: number): string => {
      const q = new URLSearchParams(c.query);
      q.set('per_page', String(perPage));
      q.set('page', String(p));
      return `${this.base}${c.route}?${q.toString()}`;
    };
    if (page < last)
      headers['link'] = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers };
  }

  private userJson(user: FakeUser): Json {
    const u = example<Json>('pull-request')['user'] as Json;
    const id = Math.abs([...user.login].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 7));
    return {
      ...u,
      login: user.login,
      id,
      node_id: `U_${id}`,
      type: user.type ?? (user.login.endsWith('[bot]') ? 'Bot' : 'User'),
      url: `${this.base}/users/${encodeURIComponent(user.login)}`,
      html_url: `https://github.com/${encodeURIComponent(user.login)}`,
    };
  }

  private repoJson(template: Json, fullName: string, fork: boolean): Json {
    const [owner, name] = fullName.split('/') as [string, string];
    return {
      ...template,
      name,
      full_name: fullName,
      fork,
      ...(this.repos.get(fullName)?.defaultBranch
        ? { default_branch: this.repos.get(fullName)?.defaultBranch }
        : {}),
      owner: { ...(template['owner'] as Json), login: owner },
      url: `${this.base}/repos/${fullName}`,
      html_url: `https://github.com/${fullName}`,
    };
  }

  private pullJson(repo: FakeRepo, pr: FakePullRequest): Json {
    const body = example<Json>('pull-request');
    const full = `${repo.owner}/${repo.name}`;
    const base = body['base'] as Json;
    const head = body['head'] as Json;
    const headRepo = pr.head.repository ?? full;
    Object.assign(body, {
      number: pr.number,
      title: pr.title,
      draft: pr.draft ?? false,
      user: this.userJson(pr.author),
      labels: (pr.labels ?? []).map((name, i) => ({
        id: i + 1,
        node_id: `LA_${i + 1}`,
        url: `${this.base}/repos/${full}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false,
      })),
      state: pr.state ?? 'open',
      merged: pr.merged ?? false,
      merged_at: pr.merged ? TIMESTAMP : null,
      closed_at: (pr.state ?? 'open') === 'closed' ? TIMESTAMP : null,
      updated_at: pr.updated_at ?? TIMESTAMP,
      requested_reviewers: (pr.requested_reviewers ?? []).map((login) => this.userJson({ login })),
      requested_teams: (pr.requested_teams ?? []).map((slug, i) => ({
        ...(example<Json>('pull-request')['requested_teams'] as Json[])[0],
        id: i + 1,
        name: slug,
        slug,
        parent: null,
        type: 'organization',
      })),
      changed_files: pr.files.length,
      commits: (pr.commits ?? []).length,
      url: `${this.base}/repos/${full}/pulls/${pr.number}`,
      base: {
        ...base,
        ref: pr.base.ref,
        sha: pr.base.sha,
        label: `${repo.owner}:${pr.base.ref}`,
        repo: this.repoJson(base['repo'] as Json, full, false),
      },
      head: {
        ...head,
        ref: pr.head.ref,
        sha: pr.head.sha,
        label: `${headRepo.split('/')[0]}:${pr.head.ref}`,
        repo: this.repoJson(head['repo'] as Json, headRepo, headRepo !== full),
      },
    });
    return body;
  }

  private fileJson(f: ChangedFile): Json {
    const body = example<Json[]>('diff-entry-items')[0] ?? {};
    Object.assign(body, {
      filename: f.path,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
    });
    if (f.previous_path) body['previous_filename'] = f.previous_path;
    else delete body['previous_filename'];
    return body;
  }

  private commitJson(cm: NonNullable<FakePullRequest['commits']>[number]): Json {
    const body = example<Json[]>('commit-items')[0] ?? {};
    const commit = body['commit'] as Json;
    const person = (u: FakeUser | null): Json => ({
      name: u?.login ?? 'Unknown',
      email: `${u?.login ?? 'unknown'}@example.com`,
      date: TIMESTAMP,
    });
    Object.assign(body, {
      sha: cm.sha,
      author: cm.author ? this.userJson(cm.author) : null,
      committer: cm.committer ? this.userJson(cm.committer) : null,
      commit: {
        ...commit,
        message: cm.message,
        author: person(cm.author),
        committer: person(cm.committer),
      },
    });
    return body;
  }

  private reviewJson(r: NonNullable<FakePullRequest['reviews']>[number]): Json {
    const body = example<Json[]>('pull-request-review-items')[0] ?? {};
    Object.assign(body, {
      id: r.id,
      user: this.userJson(r.user),
      state: r.state,
      body: r.body,
      commit_id: r.commit_id,
      submitted_at: r.submitted_at ?? TIMESTAMP,
    });
    return body;
  }

  private commentJson(repo: FakeRepo, cm: FakeComment): Json {
    const body = example<Json>('issue-comment');
    Object.assign(body, {
      id: cm.id,
      node_id: `IC_${cm.id}`,
      url: `${this.base}/repos/${repo.owner}/${repo.name}/issues/comments/${cm.id}`,
      body: cm.body,
      user: this.userJson(cm.user),
      created_at: cm.created_at,
      updated_at: cm.updated_at,
    });
    return body;
  }

  private checkRunJson(repo: FakeRepo, run: FakeCheckRun): Json {
    const body = example<Json>('check-run-example-of-completed-conclusion');
    const output = body['output'] as Json;
    const app = body['app'] as Json;
    Object.assign(body, {
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion,
      external_id: run.external_id,
      url: `${this.base}/repos/${repo.owner}/${repo.name}/check-runs/${run.id}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/runs/${run.id}`,
      output: {
        ...output,
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.annotations.length,
      },
      app: { ...app, slug: run.app_slug },
      started_at: run.started_at ?? TIMESTAMP,
      completed_at: run.completed_at ?? (run.status === 'completed' ? TIMESTAMP : null),
    });
    return body;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const url = new URL(req.url ?? '/', this.base);
    const method = (req.method ?? 'GET').toUpperCase();
    const auth = req.headers.authorization;
    const token = auth?.replace(/^(token|bearer)\s+/i, '');
    let routeName = url.pathname;
    let reply: Reply;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      const body = (text ? JSON.parse(text) : {}) as Json;
      const route = this.routes.find((r) => r.method === method && r.pattern.test(url.pathname));
      if (!route) {
        reply = error(404, `the fake GitHub does not implement ${method} ${url.pathname}`);
      } else {
        routeName = route.template;
        const access = token ? this.tokens.get(token) : undefined;
        const fault = this.faults.get(`${method} ${route.template}`)?.shift();
        if (fault !== undefined) reply = error(fault, `injected fault ${fault}`);
        else if (!access && !route.template.startsWith('/_codeload'))
          reply = error(401, 'Bad credentials');
        else {
          const params = { ...(route.pattern.exec(url.pathname)?.groups ?? {}) };
          reply = await route.handler({
            params,
            query: url.searchParams,
            body,
            token,
            access: access ?? 'read',
            route: url.pathname,
          });
        }
      }
    } catch (thrown) {
      reply = error(500, `the fake GitHub failed: ${String(thrown)}`);
    }
    if (!reply.raw && !routeName.startsWith('/_codeload')) {
      const problem = validateResponse(method, routeName, reply.status, reply.body);
      if (problem) {
        this.problems.push(problem);
        reply = {
          status: 500,
          body: { message: `non-conforming response: ${problem.errors.join('; ')}` },
        };
      }
    }
    this.requests.push({
      method,
      route: routeName,
      url: url.pathname + url.search,
      status: reply.status,
      token,
      ms: performance.now() - startedAt,
    });
    const headers: Record<string, string> = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...(reply.headers ?? {}),
    };
    if (reply.raw) {
      res.writeHead(reply.status, headers);
      res.end(reply.raw);
    } else if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
    } else {
      res.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        ...headers,
      });
      res.end(JSON.stringify(reply.body));
    }
  }
}

/** A gzip'd tarball with one top-level directory, the way GitHub's codeload serves one. */
export function tarball(prefix: string, files: Record<string, string>): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'fake-github-tar-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      const abs = join(dir, prefix, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
    mkdirSync(join(dir, prefix), { recursive: true });
    return execFileSync('tar', ['-czf', '-', '-C', dir, prefix], { maxBuffer: 1 << 30 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
