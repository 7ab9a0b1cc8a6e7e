// The CLI's side of WinRM: what is refused with exit 2 and one line before anything is sent; a
// scan that reaches a local listener with --ca, whose shell answers the windows.host script with
// the weak Windows Server fixture (fixtures/windows/weak.json), and is unreachable (exit 3) with
// the certificate problem named without --ca.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { makePki, type Pki } from '../helpers/pki.js';
import { startWinrmServer, type WinrmTestServer } from '../helpers/winrm-server.js';
import { ACTION, actionOf, conversation, receiveWith } from '../transports/winrm-replay.js';
import { fx, repoRoot, ztaudit, type Run } from './helpers.js';

describe('scan --winrm refusals (exit 2, one line, nothing sent)', () => {
  it('plain http:// without NTLM', () => {
    const r = ztaudit(['scan', '--winrm', 'http://127.0.0.1:5985', '--winrm-auth', 'basic']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'ztaudit: --winrm http://127.0.0.1:5985: WinRM over plain http:// carries messages only sealed with NTLM, and basic authentication cannot seal them (the password and every answer would cross the network in clear): use https://HOST:5986, or NTLM\n',
    );
  });

  it('a password in the URL, never echoed', () => {
    const r = ztaudit(['scan', '--winrm', 'https://auditor:hunter2@127.0.0.1:5986']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain('a password does not go on the command line');
    expect(r.stderr).not.toContain('hunter2');
  });

  it('an inventory windows target on http:// with Basic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-winrm-inv-'));
    try {
      writeFileSync(join(dir, 'inv.yaml'), 'targets:\n  - name: dc-1\n    kind: windows\n    address: http://dc-1:5985\n    user: auditor\n    credentials: {password: {env: DC1_PASSWORD}}\n    options: {auth: basic}\n');
      const r = ztaudit(['scan', '-i', join(dir, 'inv.yaml')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^ztaudit: .*target dc-1: WinRM over plain http:\/\/ carries messages only sealed with NTLM/);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The CLI without blocking this process (the listener answers from here). */
function ztauditAsync(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [resolve(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

describe('scan --winrm against a local listener', () => {
  const PASSWORD = 'Cli-Secret-Pa55';
  let pki: Pki;
  let dir: string;
  let server: WinrmTestServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ztaudit-winrm-cli-'));
    pki = makePki(dir);
    server = await startWinrmServer({ scheme: 'https', auth: 'ntlm', user: 'auditor', password: PASSWORD, pki, answer: conversation([receiveWith(readFileSync(fx('windows', 'weak.json'), 'utf8'))]) });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a certificate that does not verify: exit 3, the target unreachable with the problem named', async () => {
    const r = await ztauditAsync(['scan', '--winrm', server.url.replace('https://', 'https://auditor@'), '-f', 'json', '-q'], { ZTAUDIT_WINRM_PASSWORD: PASSWORD });
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.targets[0]).toMatchObject({ kind: 'windows', status: 'unreachable', error: expect.stringMatching(/TLS certificate of https:\/\/127\.0\.0\.1:\d+ not verified: the certificate/) });
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });

  it('with --ca: reached; the one PowerShell run goes through a whole shell lifecycle', async () => {
    const before = server.requests.length;
    const r = await ztauditAsync(['scan', '--winrm', server.url.replace('https://', 'https://auditor@'), '--ca', pki.ca, '-f', 'json', '-q'], { ZTAUDIT_WINRM_PASSWORD: PASSWORD });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.targets[0]).toMatchObject({ id: expect.stringMatching(/^windows:127\.0\.0\.1:\d+$/), kind: 'windows', status: 'ok' });
    // the weak server's facts, judged: every fact arrived (no error), most windows checks fail
    expect(report.summary.error).toBe(0);
    expect(report.summary.fail).toBeGreaterThan(report.summary.total / 2);
    expect(report.results.filter((x) => x.status === 'fail').every((x) => x.checkId.startsWith('windows.'))).toBe(true);
    const sent = server.requests.slice(before);
    expect(sent.map(actionOf)).toEqual([ACTION.create, ACTION.command, ACTION.send, ACTION.receive, ACTION.signal, ACTION.delete]);
    expect(sent[1]).toMatch(/<rsp:Command>powershell\.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand [A-Za-z0-9+/=]+<\/rsp:Command>/);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });
});
