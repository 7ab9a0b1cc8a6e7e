// A windows target through the collection stage, with a test-only API provider in the shape of
// windows.host (one exec of powershell.exe with the script on stdin, JSON parsed): the stage opens
// the real WinRM transport from the target (openTransport 'winrm'), so the certificate, the CA from
// the target's options, the credentials by reference and the reasons are the ones a scan gets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectTarget } from '../../src/collect/collect.js';
import type { Collected, Collector, TargetSpec } from '../../src/kinds/types.js';
import { KINDS } from '../../src/kinds/registry.js';
import { openTransport } from '../../src/transports/open.js';
import { makePki, type Pki } from '../helpers/pki.js';
import { startWinrmServer, type WinrmTestServer } from '../helpers/winrm-server.js';
import { ACTION, actionOf, conversation, receiveWith } from './winrm-replay.js';

const PASSWORD = 'Str0ng-and-Secret';
const FACTS = { os: { caption: 'Microsoft Windows Server 2022 Standard', build: 20348 }, firewall: [{ name: 'Domain', enabled: true }] };
const SCRIPT = 'ConvertTo-Json @{ stand = "in" }';

/** What windows.host does, minus its parser: one exec, stdout as JSON. */
const testCollector: Collector = {
  kind: 'windows',
  transports: ['winrm'],
  async collect(target, ctx): Promise<Collected> {
    const transport = await openTransport(target, 'winrm', ctx);
    try {
      const r = await transport!.exec({ argv: ['powershell.exe', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', 'JABpAG4AcAB1AHQA'], stdin: SCRIPT, timeoutMs: ctx.timeoutMs, signal: ctx.signal });
      if (r.error || r.code !== 0) return { facts: {}, status: 'unreachable', error: r.error ?? `exit ${String(r.code)}` };
      return { facts: { 'windows.standin': { ok: true, value: JSON.parse(r.stdout) as unknown } } };
    } finally {
      await transport?.close();
    }
  },
};

let pki: Pki;
let pkiDir: string;
let server: WinrmTestServer;
beforeAll(async () => {
  pkiDir = mkdtempSync(join(tmpdir(), 'ztaudit-winrm-collect-'));
  pki = makePki(pkiDir);
  server = await startWinrmServer({ scheme: 'https', auth: 'ntlm', user: 'auditor', password: PASSWORD, pki, answer: conversation([receiveWith(JSON.stringify(FACTS))]) });
});
afterAll(async () => {
  await server?.close();
  rmSync(pkiDir, { recursive: true, force: true });
});

const target = (extra: Record<string, unknown> = {}): TargetSpec => {
  const [t] = KINDS.windows.fromFlags({ winrm: [`${server.url.replace('https://', 'https://auditor@')}`] });
  return { ...t!, options: { ...t!.options, ...extra } };
};
const collect = (t: TargetSpec) => collectTarget(t, { registry: { windows: async () => testCollector }, concurrency: 1, timeoutMs: 10_000 });

describe('a windows target collected over WinRM', () => {
  it('with the CA that signed its certificate: reached, the script sent on stdin, the JSON back', async () => {
    process.env.ZTAUDIT_WINRM_PASSWORD = PASSWORD;
    const before = server.requests.length;
    const r = await collect(target({ ca: pki.ca }));
    expect(r.status).toBe('ok');
    expect(r.facts['windows.standin']).toEqual({ ok: true, value: FACTS });
    const sent = server.requests.slice(before);
    expect(sent.map(actionOf)).toEqual([ACTION.create, ACTION.command, ACTION.send, ACTION.receive, ACTION.signal, ACTION.delete]);
    expect(sent[2]).toContain(Buffer.from(SCRIPT).toString('base64'));
    expect(JSON.stringify(r)).not.toContain(PASSWORD);
  });

  it('without it: unreachable, the certificate problem named, nothing sent', async () => {
    process.env.ZTAUDIT_WINRM_PASSWORD = PASSWORD;
    const before = server.requests.length;
    const r = await collect(target());
    expect(r.status).toBe('unreachable');
    expect(r.error).toMatch(/^TLS certificate of https:\/\/127\.0\.0\.1:\d+ not verified: the certificate (is not signed by a trusted CA|issuer is not a trusted CA) \(\w+\); give its CA with --ca FILE or inventory ca:$/);
    expect(server.requests.length).toBe(before);
  });

  it('a wrong password: unreachable with the 401 reason and never the password', async () => {
    process.env.ZTAUDIT_WINRM_PASSWORD = 'not-the-one';
    const r = await collect(target({ ca: pki.ca }));
    expect(r).toMatchObject({ status: 'unreachable', error: expect.stringMatching(/authentication failed \(HTTP 401\)/) });
    expect(JSON.stringify(r)).not.toContain('not-the-one');
    delete process.env.ZTAUDIT_WINRM_PASSWORD;
  });
});
