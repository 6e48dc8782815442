// `npm audit --omit=dev`: the packages a user installs with ours must have no
// known vulnerability. It needs the registry's audit endpoint; when that
// cannot be reached the dependencies were NOT audited, and this says so
// instead of passing quietly:
//
//   node scripts/tools/audit.js                       fails (exit 1) when unreachable
//   node scripts/tools/audit.js --allow-unreachable   says so loudly, exits 0
//
// `npm run audit` is the strict form (for releases). `npm test` uses the
// second form: the workplace's registry answers the audit endpoint with
// "405 Method Not Allowed", so the strict form could never pass there.
// --report <file> reads a saved `npm audit --json` output instead of running
// npm (test/security/audit.test.js uses it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const allowUnreachable = args.includes('--allow-unreachable');
const reportAt = args.indexOf('--report');

function runAudit() {
  if (reportAt >= 0) return readFileSync(args[reportAt + 1], 'utf8');
  try {
    return execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // npm exits 1 both for vulnerabilities and for errors; the JSON tells which.
    return e.stdout || JSON.stringify({ error: { summary: String(e.message) } });
  }
}

let report;
try {
  report = JSON.parse(runAudit());
} catch (e) {
  report = { error: { summary: `unreadable npm audit output (${e.message})` } };
}

const counts = report.metadata?.vulnerabilities;
if (counts && typeof counts.total === 'number') {
  const deps = report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total ?? '?';
  if (counts.total === 0) {
    console.log(`audit: npm audit --omit=dev found no vulnerabilities in ${deps} production dependencies.`);
    process.exit(0);
  }
  console.error(`audit: npm audit --omit=dev found ${counts.total} vulnerabilities in production dependencies:`);
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    const via = (v.via ?? []).map((x) => (typeof x === 'string' ? x : `${x.title} (${x.url})`)).join('; ');
    console.error(`  ${v.severity} ${name} ${v.range ?? ''}: ${via}`);
  }
  console.error('Fix them (npm audit fix --omit=dev, or upgrade the dependency) before releasing.');
  process.exit(1);
}

// No report: the audit endpoint could not be used.
const why = report.statusCode
  ? `${report.statusCode} from ${report.uri ?? 'the registry'}`
  : (report.error?.summary || report.message || 'no report').split('\n')[0];
const lines = [
  'audit: production dependencies NOT AUDITED.',
  `  npm audit could not get a report: ${why}.`,
  '  The registry in use does not serve the audit endpoint, or it cannot be reached.',
  '  Run `npm run audit` on a machine whose registry answers npm audit before a release.',
];
if (allowUnreachable) {
  console.warn(`\n${'!'.repeat(72)}\n${lines.join('\n')}\n  (--allow-unreachable: not failing, as npm test runs here)\n${'!'.repeat(72)}\n`);
  process.exit(0);
}
console.error(lines.join('\n'));
process.exit(1);
