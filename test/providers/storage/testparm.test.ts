// The Samba facts against the real `testparm` (Debian package samba-common-bin; .ci/run installs
// it): what our smb.conf parser reads must be what Samba itself makes of the same files, and on a
// live host the provider asks testparm. Skipped, with the reason in the title, where it is absent.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Check } from '../../../src/engine/check.js';
import { evaluateCheck } from '../../../src/engine/evaluate.js';
import { loadCheckDir } from '../../../src/engine/registry.js';
import type { SmbFacts } from '../../../src/kit/storage/facts.js';
import { shareValue } from '../../../src/kit/storage/check-kit.js';
import { LINUX_PROVIDERS } from '../../../src/providers/linux/providers.js';
import { composeScript } from '../../../src/providers/shell/compose.js';
import { parseShellOutput } from '../../../src/providers/shell/parse.js';
import { parseSmbConf, parseTestparm, smbFacts } from '../../../src/providers/storage/parse-smb.js';
import { STORAGE_PROVIDERS } from '../../../src/providers/storage/provider.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const version = spawnSync('testparm', ['--version'], { encoding: 'utf8' });
const missing = version.status === 0 ? undefined : 'testparm is not installed (Debian package samba-common-bin)';
if (missing) console.warn(`test/providers/storage/testparm.test.ts skipped: ${missing}`);
const title = (name: string): string => (missing ? `${name} (skipped: ${missing})` : `${name} (${version.stdout.trim()})`);

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Copy an smb.conf tree to a temp folder with its absolute includes pointing there, and run testparm -s -v on it. */
function realTestparm(files: Record<string, string>): SmbFacts {
  const dir = mkdtempSync(join(tmpdir(), 'ztaudit-testparm-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text.replaceAll('/etc/samba/', `${dir}/`));
  const out = execFileSync('testparm', ['-s', '-v', join(dir, 'smb.conf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return smbFacts('testparm', parseTestparm(out), [], []);
}

/** The same files through the parser (a missing default is what the Samba 4.11+ default is). */
function ours(files: Record<string, string>): SmbFacts {
  const { sections, files: read } = parseSmbConf(files['smb.conf'] ?? '', (p) => files[p.replace('/etc/samba/', '')]);
  return smbFacts('parser', sections, read, []);
}

const GLOBAL_KEYS = ['server min protocol', 'server signing', 'server smb encrypt', 'map to guest', 'usershare allow guests'];
const SHARE_KEYS = ['guest ok', 'guest only', 'server smb encrypt', 'read only'];
/** What the storage.smb.* checks read, as comparable values. */
function view(f: SmbFacts): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const k of GLOBAL_KEYS) out[`[global] ${k}`] = f.global[k]?.toLowerCase();
  for (const s of [...f.shares].sort((a, b) => a.name.localeCompare(b.name))) for (const k of SHARE_KEYS) out[`[${s.name}] ${k}`] = shareValue(f, s, k)?.toLowerCase();
  return out;
}

const fixtureFiles = (root: string): Record<string, string> => {
  const dir = join(repoRoot, 'fixtures/storage', root, 'etc/samba');
  return Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
};

let smbChecks: Check[] = [];
const verdicts = (f: SmbFacts): string[] =>
  smbChecks.flatMap((c) => evaluateCheck(c, { target: { id: 'linux:t', kind: 'linux', name: 't' }, status: 'ok', durationMs: 0, facts: { 'storage.smb': { ok: true, value: f } } }).map((r) => `${r.checkId} ${r.status} ${r.messageId ?? ''} ${r.resource?.name ?? ''}`));

describe.skipIf(!!missing)(title('smb.conf parser against the real testparm'), () => {
  it.each(['weak-root', 'hardened-root'])('fixtures/storage/%s: the same effective values and the same verdicts', async (root) => {
    smbChecks = (await loadCheckDir(join(repoRoot, 'checks/storage'), true)).filter((c) => c.meta.id.startsWith('storage.smb.'));
    const files = fixtureFiles(root);
    const real = realTestparm(files);
    const mine = ours(files);
    expect(view(mine)).toEqual(view(real));
    expect(verdicts(mine).sort()).toEqual(verdicts(real).sort());
  });

  const CASES: Record<string, string> = {
    'synonyms and odd spelling': '[global]\n MIN PROTOCOL = nt1\n SMB Encrypt = Mandatory\n[pub]\n path = /p\n public = True\n writeable = 1\n',
    'booleans and enums': '[global]\n server signing = yes\n map to guest = bad password\n usershare allow guests = on\n[s]\n path = /s\n guest only = off\n smb encrypt = auto\n',
    'a share named twice, continuation lines, comments': '# c\n; c\n[global]\n server signing = \\\n   mandatory\n[a]\n path = /a\n[b]\n path = /b\n[a]\n guest ok = yes\n',
    'parameters before any section': 'server min protocol = SMB3\nmap to guest = Bad Uid\n[x]\npath = /x\nread only = no\n',
  };
  it.each(Object.entries(CASES))('%s', (_name, conf) => {
    expect(view(ours({ 'smb.conf': conf }))).toEqual(view(realTestparm({ 'smb.conf': conf })));
  });
});

const liveConf = existsSync('/etc/samba/smb.conf');
describe.skipIf(!!missing || !liveConf)(title(`the storage.smb provider on this machine (live)${liveConf ? '' : ' (skipped: no /etc/samba/smb.conf)'}`), () => {
  it('asks the installed testparm for the effective values and defaults', () => {
    const providers = [LINUX_PROVIDERS[0]!, STORAGE_PROVIDERS.find((p) => p.id === 'storage.smb')!];
    const out = execFileSync('sh', ['-s', '--', '/'], { input: composeScript(providers), encoding: 'utf8' });
    expect(out).toMatch(/^--ZT-CMD-- testparm$/m);
    const f = parseShellOutput(out, providers, '/')['storage.smb'];
    expect(f, JSON.stringify(f)).toMatchObject({ ok: true, value: { source: 'testparm', defaulted: [] } });
    const smb = (f as { ok: true; value: SmbFacts }).value;
    // testparm -v prints every parameter with the installed Samba's default
    expect(smb.global['server min protocol']).toMatch(/^(SMB|NT1|LANMAN|CORE)/);
    expect(smb.global['server signing']).toBeDefined();
    expect(Object.keys(smb.global).length).toBeGreaterThan(100);
  });
});

// keep the fixture copy helper honest: the includes of the fixtures are absolute /etc/samba paths
it('the fixture smb.conf files include by absolute /etc/samba path (what realTestparm rewrites)', () => {
  for (const root of ['weak-root', 'hardened-root']) expect(fixtureFiles(root)['smb.conf']).toMatch(/^\s*include = \/etc\/samba\/shares\.conf$/m);
});
