import {
  hasChanges,
  quietPolicies,
  summarizeDiff,
  type FlowChange,
  type PolicyGroup,
  type ReachabilityDiff,
} from '../diff';
import { renderCsv, renderMarkdownTable, renderTextTable, type Row } from './tabular';

/**
 * `reachmap diff` output. Newly allowed flows are marked `+ allowed`, newly denied `- denied`:
 * words and a sign, so the text survives without colour.
 */

const SIGN = { allowed: '+ allowed', denied: '- denied' } as const;
const FINDING_SIGN = { added: '+ added', resolved: '- resolved' } as const;
const SERVICE_SIGN = { added: '+ added', removed: '- removed', changed: '~ changed' } as const;

function policyTitle(g: PolicyGroup): string {
  if (g.policy === '') return 'No policy changed its mind (endpoints changed labels, ports or IPs)';
  return `${g.policy}${g.status ? ` (policy ${g.status})` : ''}`;
}

const flowRow = (f: FlowChange): Row => [
  SIGN[f.change],
  f.from,
  '->',
  f.to,
  `${f.port}/${f.protocol}`,
];

/**
 * For a terminal or a log: flows under the policy that decided them, then Services, endpoints,
 * policies that changed nothing, and findings.
 */
export function formatDiffText(diff: ReachabilityDiff): string {
  const out: string[] = [`${summarizeDiff(diff)}\n`];
  for (const g of diff.byPolicy) {
    out.push(`\n${policyTitle(g)}\n`);
    const table = renderTextTable(
      ['', 'FROM', '', 'TO', 'PORT'],
      [...g.allowed, ...g.denied].map(flowRow),
    );
    out.push(indent(table.slice(table.indexOf('\n') + 1)));
  }
  if (diff.services.length > 0) {
    out.push('\nServices\n');
    for (const s of diff.services) {
      out.push(`  ${SERVICE_SIGN[s.change]} ${s.id}: ${s.details.join('; ')}\n`);
    }
  }
  const { added, removed } = diff.endpoints;
  if (added.length + removed.length > 0) {
    out.push('\nEndpoints\n');
    for (const e of added) out.push(`  + added ${e.id} (${e.kind})\n`);
    for (const e of removed) out.push(`  - removed ${e.id} (${e.kind})\n`);
  }
  const quiet = quietPolicies(diff);
  if (quiet.length > 0) {
    out.push('\nPolicies that changed no flow\n');
    for (const p of quiet) out.push(`  ${p}\n`);
  }
  if (diff.findings && diff.findings.added.length + diff.findings.resolved.length > 0) {
    out.push('\nFindings\n');
    for (const [change, list] of [
      ['added', diff.findings.added],
      ['resolved', diff.findings.resolved],
    ] as const) {
      for (const f of list)
        out.push(`  ${FINDING_SIGN[change]} ${f.severity} ${f.id}: ${f.message}\n`);
    }
  }
  return out.join('');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : `  ${l}`))
    .join('\n');
}

/** The diff itself: flows with the policies that decided them, Services, endpoints, findings. */
export function formatDiffJson(diff: ReachabilityDiff): string {
  const { byPolicy: _grouped, ...rest } = diff;
  return `${JSON.stringify({ changed: hasChanges(diff), ...rest }, null, 2)}\n`;
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** For a pull-request comment: a heading, one table per deciding policy, then the rest. */
export function formatDiffMarkdown(diff: ReachabilityDiff): string {
  const out: string[] = [`### reachmap diff\n\n${summarizeDiff(diff)}\n`];
  for (const g of diff.byPolicy) {
    const title =
      g.policy === ''
        ? policyTitle(g)
        : `${code(g.policy)}${g.status ? ` (policy ${g.status})` : ''}`;
    out.push(`\n#### ${title}\n\n`);
    out.push(
      renderMarkdownTable(
        ['Change', 'From', 'To', 'Port'],
        [...g.allowed, ...g.denied].map((f) => [
          SIGN[f.change],
          code(f.from),
          code(f.to),
          `${f.port}/${f.protocol}`,
        ]),
      ),
    );
  }
  if (diff.services.length > 0) {
    out.push('\n#### Services\n\n');
    out.push(
      renderMarkdownTable(
        ['Change', 'Service', 'What'],
        diff.services.map((s) => [SERVICE_SIGN[s.change], code(s.id), s.details.join('; ')]),
      ),
    );
  }
  const { added, removed } = diff.endpoints;
  if (added.length + removed.length > 0) {
    out.push('\n#### Endpoints\n\n');
    out.push(
      renderMarkdownTable(
        ['Change', 'Endpoint', 'Kind'],
        [
          ...added.map((e) => ['+ added', code(e.id), e.kind]),
          ...removed.map((e) => ['- removed', code(e.id), e.kind]),
        ],
      ),
    );
  }
  const quiet = quietPolicies(diff);
  if (quiet.length > 0) {
    out.push(`\n#### Policies that changed no flow\n\n${quiet.map((p) => `- ${p}\n`).join('')}`);
  }
  if (diff.findings && diff.findings.added.length + diff.findings.resolved.length > 0) {
    out.push('\n#### Findings\n\n');
    out.push(
      renderMarkdownTable(
        ['Change', 'Severity', 'Finding', 'Message'],
        [
          ...diff.findings.added.map((f) => ['+ added', f.severity, code(f.id), f.message]),
          ...diff.findings.resolved.map((f) => ['- resolved', f.severity, code(f.id), f.message]),
        ],
      ),
    );
  }
  return out.join('');
}

const CSV_HEADER = [
  'kind',
  'change',
  'from',
  'to',
  'port',
  'protocol',
  'policies',
  'id',
  'details',
];

/**
 * One record per change. `kind` is flow, service, endpoint, policy or finding; flows fill
 * from…policies (policies `;`-separated), the others id and details.
 */
export function formatDiffCsv(diff: ReachabilityDiff): string {
  const other = (kind: string, change: string, id: string, details = ''): Row => [
    kind,
    change,
    '',
    '',
    '',
    '',
    '',
    id,
    details,
  ];
  const rows: Row[] = diff.flows.map((f) => [
    'flow',
    f.change,
    f.from,
    f.to,
    String(f.port),
    f.protocol,
    f.policies.join(';'),
    '',
    '',
  ]);
  for (const s of diff.services) rows.push(other('service', s.change, s.id, s.details.join('; ')));
  for (const e of diff.endpoints.added) rows.push(other('endpoint', 'added', e.id, e.kind));
  for (const e of diff.endpoints.removed) rows.push(other('endpoint', 'removed', e.id, e.kind));
  for (const change of ['added', 'removed', 'changed'] as const) {
    for (const p of diff.policies[change]) rows.push(other('policy', change, p));
  }
  for (const f of diff.findings?.added ?? []) rows.push(other('finding', 'added', f.id, f.message));
  for (const f of diff.findings?.resolved ?? []) {
    rows.push(other('finding', 'resolved', f.id, f.message));
  }
  return renderCsv(CSV_HEADER, rows);
}
