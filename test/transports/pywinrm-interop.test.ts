// pywinrm (Debian python3-winrm, with requests-ntlm and ntlm-auth: an independent NTLMv2 and
// MS-WSMV message-encryption implementation) as a client of the test listener. When pywinrm's
// sealed messages open with the listener's NTLM session code, and its answers open in pywinrm,
// the session security ztaudit's client uses (the same NtlmSession) agrees with another
// implementation, not only with itself and the MS-NLMP vectors.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectWinrm } from '../../src/transports/winrm.js';
import { makePki } from '../helpers/pki.js';
import { startWinrmServer, type WinrmTestServer } from '../helpers/winrm-server.js';
import { ACTION, actionOf, conversation, receiveWith, relating } from './winrm-replay.js';

const PYTHON = '/usr/bin/python3';
const hasPywinrm = spawnSync(PYTHON, ['-c', 'import winrm, requests_ntlm'], { stdio: 'ignore' }).status === 0;
// ntlm-auth takes MD4 and RC4 from OpenSSL, which keeps them in its legacy provider since 3.0
const OPENSSL_LEGACY = 'openssl_conf = init\n[init]\nproviders = providers\n[providers]\ndefault = on\nlegacy = on\n[on]\nactivate = 1\n';
const PASSWORD = 'Interop-Pa55';

const SCRIPT = `
import sys, winrm
extra = {'ca_trust_path': sys.argv[3]} if len(sys.argv) > 3 else {'message_encryption': 'always'}
s = winrm.Session(sys.argv[1], auth=('auditor', sys.argv[2]), transport='ntlm', **extra)
r = s.run_cmd('hostname')
sys.stdout.write(r.std_out.decode() + '|' + str(r.status_code))
`;

function pywinrm(args: string[], conf: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(PYTHON, ['-c', SCRIPT, ...args], { env: { ...process.env, OPENSSL_CONF: conf } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

describe.skipIf(!hasPywinrm)('pywinrm against the test listener (install python3-winrm)', () => {
  let server: WinrmTestServer;
  const dir = mkdtempSync(join(tmpdir(), 'ztaudit-pywinrm-'));
  const conf = join(dir, 'openssl.cnf');
  writeFileSync(conf, OPENSSL_LEGACY);
  beforeAll(async () => {
    server = await startWinrmServer({ scheme: 'http', auth: 'ntlm', user: 'auditor', password: PASSWORD, answer: relating(conversation([receiveWith('WINHOST\r\n')])) });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('NTLMv2 accepted and every message sealed both ways', async () => {
    const out = await pywinrm([`${server.url}/wsman`, PASSWORD], conf);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('WINHOST\r\n|0');
    expect(server.handshakes).toBe(1);
    expect(server.requests.map(actionOf)).toEqual([ACTION.create, ACTION.command, ACTION.receive, ACTION.signal, ACTION.delete]);
    for (const body of server.wire) expect(body.toString('latin1')).not.toContain('Envelope');
  }, 30_000);

  it('over HTTPS both bind their NTLM proof to the certificate the same way (a listener with CbtHardeningLevel=Strict takes both)', async () => {
    const pki = makePki(dir);
    const tls = await startWinrmServer({ scheme: 'https', auth: 'ntlm', cbt: 'strict', user: 'auditor', password: PASSWORD, pki, answer: relating(conversation([receiveWith('WINHOST\r\n')])) });
    try {
      const out = await pywinrm([`${tls.url}/wsman`, PASSWORD, pki.ca], conf);
      expect(out.stderr).toBe('');
      expect(out.stdout).toBe('WINHOST\r\n|0');
      const t = await connectWinrm({ url: `${tls.url}/wsman`, auth: 'ntlm', user: 'auditor', password: PASSWORD, caFile: pki.ca }, { timeoutMs: 10_000, signal: new AbortController().signal });
      await t.close();
      expect(tls.handshakes).toBe(2);
      expect(tls.channelBindings).toHaveLength(2);
      expect(tls.channelBindings[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(tls.channelBindings[1]).toBe(tls.channelBindings[0]);
    } finally {
      await tls.close();
    }
  }, 30_000);
});
