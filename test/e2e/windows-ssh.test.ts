// Windows over SSH, end to end: the real CLI scans an inventory of `kind: windows, transport: ssh`
// targets through the real ssh2 client and a real OpenSSH server on 127.0.0.1, host keys verified.
// No Windows runs here, so the login user's PATH holds a stand-in `powershell.exe`: a sh script that
// refuses any argv but ztaudit's exact bootstrap command line and any stdin but the exact facts
// script, and then prints a fixture document (fixtures/windows/weak.json or hardened.json, chosen
// by the server port the session came in on). A third server has no powershell.exe at all.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { POWERSHELL_ARGV } from '../../src/providers/windows/provider.js';
import { WINDOWS_SCRIPT } from '../../src/providers/windows/script.js';
import { freePort, sshdMissing, startSshd, type TestSshd } from '../helpers/sshd.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const home = mkdtempSync(join(tmpdir(), 'ztaudit-win-home-'));

function ztaudit(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, NO_COLOR: '1' };
  delete env.SSH_AUTH_SOCK;
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The stand-in: exact argv, exact stdin, then the fixture for the port the session arrived on. */
function standIn(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const sha = createHash('sha256').update(WINDOWS_SCRIPT).digest('hex');
  const script = [
    '#!/bin/sh',
    `expected='${POWERSHELL_ARGV.slice(1).join(' ')}'`,
    `[ "$#" -eq ${POWERSHELL_ARGV.length - 1} ] && [ "$*" = "$expected" ] || { echo "stand-in powershell.exe: unexpected arguments: $*" >&2; exit 64; }`,
    `sum=$(sha256sum | cut -d ' ' -f 1)`,
    `[ "$sum" = "${sha}" ] || { echo "stand-in powershell.exe: stdin is not the facts script ($sum)" >&2; exit 65; }`,
    'port=$(echo "$SSH_CONNECTION" | cut -d " " -f 4)',
    `exec cat "${dir}/port-$port.json"`,
    '',
  ].join('\n');
  writeFileSync(join(bin, 'powershell.exe'), script);
  chmodSync(join(bin, 'powershell.exe'), 0o755);
  return bin;
}

const sessions = (log: string): number => log.split('\n').filter((l) => /server_input_channel_open: ctype session/.test(l)).length;

const WEAK_FAILS = [
  'windows.accounts.guest-disabled', 'windows.accounts.laps', 'windows.accounts.local-administrators', 'windows.accounts.lockout-policy', 'windows.accounts.password-policy',
  'windows.appcontrol.enforced', 'windows.audit.account-management', 'windows.audit.logon', 'windows.audit.process-creation', 'windows.bitlocker.data-volumes', 'windows.bitlocker.os-volume',
  'windows.boot.secure-boot', 'windows.defender.realtime-protection', 'windows.defender.signature-age', 'windows.defender.tamper-protection', 'windows.eventlog.sizes',
  'windows.firewall.inbound-default-block', 'windows.firewall.profiles-enabled', 'windows.hyperv.switch-port-acls', 'windows.hyperv.vm-secure-boot', 'windows.hyperv.vm-vtpm',
  'windows.lsa.anonymous-enumeration', 'windows.lsa.credential-guard', 'windows.lsa.run-as-ppl', 'windows.lsa.wdigest-disabled', 'windows.network.llmnr-disabled', 'windows.network.mdns-disabled',
  'windows.network.netbios-disabled', 'windows.powershell.module-logging', 'windows.powershell.script-block-logging', 'windows.powershell.v2-removed', 'windows.rdp.nla', 'windows.rdp.tls',
  'windows.schannel.legacy-protocols', 'windows.smb.encryption', 'windows.smb.signing-required', 'windows.smb.v1-disabled', 'windows.uac.enabled', 'windows.updates.patch-age',
  'windows.updates.pending-reboot', 'windows.winrm.basic-auth', 'windows.winrm.unencrypted',
];

describe.skipIf(sshdMissing)(`scan -i with Windows targets over SSH${sshdMissing ? ` (skipped: ${sshdMissing})` : ''}`, () => {
  let weak: TestSshd;
  let hardened: TestSshd;
  let bare: TestSshd;
  let dir: string;
  let inventory: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ztaudit-win-'));
    const bin = standIn(dir);
    const path = [`SetEnv PATH=${bin}:/usr/bin:/bin`];
    weak = await startSshd({ extra: path });
    hardened = await startSshd({ dir: weak.dir, port: await freePort(), extra: path });
    bare = await startSshd({ dir: weak.dir, port: await freePort() });
    writeFileSync(join(dir, `port-${weak.port}.json`), readFileSync(join(repoRoot, 'fixtures/windows/weak.json')));
    writeFileSync(join(dir, `port-${hardened.port}.json`), readFileSync(join(repoRoot, 'fixtures/windows/hardened.json')));
    const knownHosts = join(dir, 'known_hosts');
    writeFileSync(knownHosts, [weak, hardened, bare].map((s) => s.knownHostsLine()).join('\n') + '\n');
    inventory = join(dir, 'inventory.yaml');
    writeFileSync(
      inventory,
      [
        'version: 1',
        'defaults:',
        '  user: root',
        `  credentials: { privateKey: { file: ${weak.userKey.path} } }`,
        'targets:',
        `  - { name: ws22-weak, kind: windows, transport: ssh, address: 127.0.0.1, port: ${weak.port}, knownHosts: ${knownHosts} }`,
        `  - { name: ws22-hardened, kind: windows, transport: ssh, address: 127.0.0.1, port: ${hardened.port}, knownHosts: ${knownHosts} }`,
        `  - { name: no-powershell, kind: windows, transport: ssh, address: 127.0.0.1, port: ${bare.port}, knownHosts: ${knownHosts} }`,
        '',
      ].join('\n'),
    );
  });
  it('the stand-in refuses any other command line or script (so the scan above proves both were exact)', () => {
    const ps = join(dir, 'bin', 'powershell.exe');
    const wrongArgs = spawnSync(ps, [...POWERSHELL_ARGV.slice(1, -1), 'ZWNobyBoaQ=='], { input: WINDOWS_SCRIPT, encoding: 'utf8' });
    expect(wrongArgs.status).toBe(64);
    const wrongScript = spawnSync(ps, POWERSHELL_ARGV.slice(1), { input: `${WINDOWS_SCRIPT}Set-ItemProperty -Path HKLM:\\X -Name Y -Value 1\n`, encoding: 'utf8' });
    expect(wrongScript.status).toBe(65);
  });

  afterAll(async () => {
    await Promise.all([weak?.stop(), hardened?.stop(), bare?.stop()]);
  });

  it('weak fails every planted weakness, hardened none, each over one session; the host without PowerShell is unreachable with its shell\'s reason; Windows findings in their own SARIF run', () => {
    const out = join(dir, 'reports');
    const r = ztaudit(['scan', '-i', inventory, '-f', 'json,sarif', '-o', out, '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(3);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    const byName = Object.fromEntries(report.targets.map((t) => [t.name, t]));
    expect(byName['ws22-weak']).toMatchObject({ kind: 'windows', status: 'ok' });
    expect(byName['ws22-hardened']).toMatchObject({ kind: 'windows', status: 'ok' });
    expect(byName['no-powershell']).toMatchObject({ status: 'unreachable', error: expect.stringMatching(/^powershell\.exe exited 127: .*powershell\.exe.*not found/) });
    const failing = (name: string): string[] => [...new Set(report.results.filter((x) => x.targetId === byName[name]!.id && x.status === 'fail').map((x) => x.checkId))].sort();
    expect(failing('ws22-weak')).toEqual(WEAK_FAILS);
    expect(failing('ws22-hardened')).toEqual([]);
    const hardenedResults = report.results.filter((x) => x.targetId === byName['ws22-hardened']!.id);
    expect(hardenedResults.filter((x) => x.status === 'error')).toEqual([]);
    expect(hardenedResults.filter((x) => x.status === 'pass').length).toBeGreaterThan(50);
    expect(report.results.filter((x) => x.targetId === byName['no-powershell']!.id).every((x) => x.status === 'error')).toBe(true);
    // one exec channel per Windows host (each server logs to its own file)
    expect(sessions(weak.log())).toBe(1);
    expect(sessions(hardened.log())).toBe(1);

    const sarif = JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8')) as { runs: { automationDetails: { id: string }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const windowsRun = sarif.runs.find((run) => run.automationDetails.id === 'ztaudit/windows/');
    expect(windowsRun).toBeDefined();
    expect(sarif.runs.filter((run) => run.automationDetails.id === 'ztaudit/windows/')).toHaveLength(1);
    expect([...new Set(windowsRun!.results.map((x) => x.ruleId))].sort()).toEqual(WEAK_FAILS);
    expect(windowsRun!.results.every((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('ztaudit/windows/'))).toBe(true);
  });
});
