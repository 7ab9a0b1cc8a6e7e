// The WinRM transport against a local listener that replays the real recorded WS-Management
// messages (fixtures/winrm): a whole shell lifecycle over HTTPS with Basic and with NTLMv2, and
// over plain HTTP sealed with NTLM; the requests compared with the recorded request envelopes;
// the recorded faults and the real 401; certificates that do not verify; budget and cap.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectWinrm, type WinrmOptions } from '../../src/transports/winrm.js';
import { TransportError, type Transport } from '../../src/transports/types.js';
import { makePki, type Pki } from '../helpers/pki.js';
import { startWinrmServer, type SoapAnswer, type WinrmServerOptions, type WinrmTestServer } from '../helpers/winrm-server.js';
import { ACTION, actionOf, conversation, fixture, RECORDED_REQUEST, receiveWith, structure, TIMED_OUT } from './winrm-replay.js';

const PASSWORD = 'S3cret-Pa55!';
const pkiDir = mkdtempSync(join(tmpdir(), 'ztaudit-winrm-pki-'));
let pki: Pki;
beforeAll(() => {
  pki = makePki(pkiDir);
});
afterAll(() => rmSync(pkiDir, { recursive: true, force: true }));
const servers: WinrmTestServer[] = [];
const transports: Transport[] = [];
afterEach(async () => {
  for (const t of transports.splice(0)) await t.close();
  for (const s of servers.splice(0)) await s.close();
});

async function serve(opts: Partial<WinrmServerOptions> & Pick<WinrmServerOptions, 'answer'>): Promise<WinrmTestServer> {
  const s = await startWinrmServer({ scheme: 'https', auth: 'basic', user: 'auditor', password: PASSWORD, pki, ...opts });
  servers.push(s);
  return s;
}

const ctx = () => ({ timeoutMs: 10_000, signal: new AbortController().signal });

async function open(s: WinrmTestServer, extra: Partial<WinrmOptions> = {}): Promise<Transport> {
  const t = await connectWinrm({ url: `${s.url}/wsman`, auth: 'basic', user: 'auditor', password: PASSWORD, ...(s.pki ? { caFile: s.pki.ca } : {}), ...extra }, ctx());
  transports.push(t);
  return t;
}

const RECORDED_STDOUT = 'Microsoft Windows [Version 10.0.17763.107]\r\n(c) 2018 Microsoft Corporation. All rights reserved.\r\n\r\nC:\\Users\\rweber>echo hello world && exit\r\nhello world \r\n';
const SCRIPT = 'echo "hello world" && exit\r\n';

/** Every request of a lifecycle has the shape of the recorded request of its step. */
function expectRecordedShapes(s: WinrmTestServer): void {
  for (const xml of s.requests) {
    const sent = structure(xml);
    const recorded = structure(fixture(RECORDED_REQUEST[sent.action]!));
    expect({ ...sent, headers: sent.headers }).toEqual({ ...recorded });
  }
}

describe('WinRM remote shell over HTTPS (recorded messages replayed)', () => {
  it('Basic: Create, Command, Send stdin, Receive (a timeout fault, then Done and the exit code), Signal, Delete', async () => {
    const s = await serve({ answer: conversation([TIMED_OUT, { xml: fixture('pywinrm/conftest__run_cmd_send_input_get_output_response.xml') }]) });
    const t = await open(s);
    const r = await t.exec({ argv: ['cmd'], stdin: SCRIPT, timeoutMs: 10_000, signal: new AbortController().signal });
    expect(r).toEqual({ stdout: RECORDED_STDOUT, stderr: '', code: 0 });
    await t.close();
    expect(s.requests.map(actionOf)).toEqual([ACTION.create, ACTION.command, ACTION.send, ACTION.receive, ACTION.receive, ACTION.signal, ACTION.delete]);
    expectRecordedShapes(s);
    // stdin goes whole, base64, in one Send that ends the stream
    const send = s.requests[2]!;
    expect(send).toContain(`>${Buffer.from(SCRIPT).toString('base64')}</rsp:Stream>`);
    expect(send).toMatch(/Name="stdin" CommandId="11111111-1111-1111-1111-111111111111" End="true"/);
    // the shell: no profile, UTF-8; the command: no cmd.exe in between, stdin a pipe
    expect(s.requests[0]).toContain('<w:Option Name="WINRS_NOPROFILE">TRUE</w:Option><w:Option Name="WINRS_CODEPAGE">65001</w:Option>');
    expect(s.requests[1]).toContain('<w:Option Name="WINRS_CONSOLEMODE_STDIN">FALSE</w:Option><w:Option Name="WINRS_SKIP_CMD_SHELL">TRUE</w:Option>');
    expect(s.authorizations.every((a) => a === `Basic ${Buffer.from(`auditor:${PASSWORD}`).toString('base64')}`)).toBe(true);
  });

  it('the recorded stderr (a CLIXML error record) and exit code 1 come back as they are', async () => {
    const ps = fixture('pywinrm/conftest__get_ps_output_response.xml').replaceAll('11111111-1111-1111-1111-111111111124', '11111111-1111-1111-1111-111111111111');
    const s = await serve({ answer: conversation([{ xml: ps }]) });
    const t = await open(s);
    const r = await t.exec({ argv: ['powershell.exe', '-NoProfile', '-EncodedCommand', 'VwByAGkAdABlAC0ARQByAHIAbwByACAAIgBFAHIAcgBvAHIAIgA='], timeoutMs: 10_000, signal: new AbortController().signal });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^#< CLIXML\r\n<Objs Version="1.1.0.1".*Write-Error "Error"/s);
    // no stdin: no Send, and stdin stays a console
    expect(s.requests.map(actionOf)).not.toContain(ACTION.send);
    expect(s.requests[1]).toContain('<rsp:Command>powershell.exe -NoProfile -EncodedCommand VwByAGkAdABlAC0ARQByAHIAbwByACAAIgBFAHIAcgBvAHIAIgA=</rsp:Command>');
  });

  it('argv is quoted for CommandLineToArgvW and XML-escaped; nothing reaches cmd.exe', async () => {
    const s = await serve({ answer: conversation([receiveWith('ok')]) });
    const t = await open(s);
    await t.exec({ argv: ['C:\\Program Files\\x.exe', 'a b', 'say "hi"', 'C:\\dir\\', '<&|>%PATH%', ''], timeoutMs: 10_000, signal: new AbortController().signal });
    expect(s.requests[1]).toContain('<rsp:Command>&quot;C:\\Program Files\\x.exe&quot; &quot;a b&quot; &quot;say \\&quot;hi\\&quot;&quot; C:\\dir\\ &lt;&amp;|&gt;%PATH% &quot;&quot;</rsp:Command>');
    const r = await t.exec({ argv: ['cmd', 'a\nb'], timeoutMs: 10_000, signal: new AbortController().signal });
    expect(r).toMatchObject({ code: null, error: expect.stringMatching(/line break/) });
  });

  it('stdin larger than one envelope goes in several Sends, End on the last', async () => {
    const s = await serve({ answer: conversation([receiveWith('done')]) });
    const t = await open(s);
    const big = 'x'.repeat(150 * 1024);
    const r = await t.exec({ argv: ['cmd'], stdin: big, timeoutMs: 10_000, signal: new AbortController().signal });
    expect(r).toMatchObject({ stdout: 'done', code: 0 });
    const sends = s.requests.filter((x) => actionOf(x) === ACTION.send);
    expect(sends).toHaveLength(3);
    expect(sends.map((x) => /End="true"/.test(x))).toEqual([false, false, true]);
    const sent = sends.map((x) => Buffer.from(/>([A-Za-z0-9+/=]+)<\/rsp:Stream>/.exec(x)![1]!, 'base64').toString()).join('');
    expect(sent).toBe(big);
  });

  it('a fault on Command is the call error, with the fault text; the shell is still deleted', async () => {
    const s = await serve({
      answer: (xml) => (actionOf(xml) === ACTION.command ? { status: 500, xml: fixture('masterzen/fixture_test__executeCommandResponseWithError.xml') } : conversation()(xml)),
    });
    const t = await open(s);
    const r = await t.exec({ argv: ['cmd'], timeoutMs: 10_000, signal: new AbortController().signal });
    expect(r.code).toBeNull();
    expect(r.error).toMatch(/^https:\/\/127\.0\.0\.1:\d+: WinRM fault InternalError: The filename or extension is too long\.$/);
    await t.close();
    expect(s.requests.map(actionOf)).toEqual([ACTION.create, ACTION.command, ACTION.delete]);
  });

  it('a shell quota fault on Create makes the host unreachable with that reason', async () => {
    const s = await serve({ answer: () => ({ status: 500, xml: fixture('winrb/wmi_error_v2.xml') }) });
    const err = await open(s).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as Error).message).toMatch(/: shell quota exceeded: this account has too many remote shells open on the host: The WS-Management service cannot process the request\. The maximum number of concurrent shells/);
  });

  it('the real 401 of a Windows listener: authentication failed, the offered schemes named, the password nowhere', async () => {
    const s = await serve({ answer: conversation(), password: 'another' });
    const err = (await open(s).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(TransportError);
    expect(err.message).toMatch(/^https:\/\/127\.0\.0\.1:\d+: authentication failed \(HTTP 401\): the host refused the user name or password \(Basic\) \(it offers Negotiate, Kerberos, Basic, CredSSP\)$/);
    expect(err.message).not.toContain(PASSWORD);
  });

  it('a certificate that does not verify: no CA given (system CAs), another CA, self-signed; each named', async () => {
    const s = await serve({ answer: conversation() });
    await expect(open(s, { caFile: undefined })).rejects.toThrow(/TLS certificate of https:\/\/127\.0\.0\.1:\d+ not verified: the certificate (is not signed by a trusted CA|issuer is not a trusted CA)/);
    await expect(open(s, { caFile: s.pki!.otherCa })).rejects.toThrow(/not verified/);
    const self = await serve({ answer: conversation(), selfSigned: true });
    await expect(open(self)).rejects.toThrow(/not verified: the certificate is self-signed/);
    expect(s.requests).toEqual([]);
  });

  it('the budget ends a Receive that never finishes; the command is signalled to terminate', async () => {
    const running: SoapAnswer = { xml: fixture('masterzen/fixture_test__singleOutputResponse.xml').replace(/CommandId="[^"]+"/g, 'CommandId="11111111-1111-1111-1111-111111111111"') };
    const s = await serve({ answer: conversation([running]) });
    const t = await open(s);
    const started = Date.now();
    const r = await t.exec({ argv: ['cmd'], timeoutMs: 800, signal: new AbortController().signal });
    expect(r).toMatchObject({ code: null, error: 'timed out after 800 ms' });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(s.requests.map(actionOf).at(-1)).toBe(ACTION.signal);
  });

  it('stdout beyond the cap ends the call with an error; an abort ends it with its reason', async () => {
    const s = await serve({ answer: conversation([receiveWith('y'.repeat(4096))]) });
    const t = await open(s);
    const r = await t.exec({ argv: ['cmd'], timeoutMs: 10_000, signal: new AbortController().signal, maxOutputBytes: 1000 });
    expect(r).toMatchObject({ code: null, error: 'output exceeded 1000 bytes' });
    const ac = new AbortController();
    ac.abort(new Error('scan cancelled'));
    expect(await t.exec({ argv: ['cmd'], timeoutMs: 10_000, signal: ac.signal })).toMatchObject({ code: null, error: 'scan cancelled' });
  });

  it('readFile runs a PowerShell read with the path as a quoted literal and decodes it', async () => {
    const s = await serve({ answer: conversation([receiveWith(Buffer.from('file body').toString('base64'))]) });
    const t = await open(s);
    const data = await t.readFile({ path: "C:\\it's\\a.txt", timeoutMs: 10_000, signal: new AbortController().signal });
    expect(data.toString()).toBe('file body');
    const encoded = /-EncodedCommand ([A-Za-z0-9+/=]+)</.exec(s.requests[1]!)![1]!;
    expect(Buffer.from(encoded, 'base64').toString('utf16le')).toBe("$ErrorActionPreference='Stop';[Convert]::ToBase64String([IO.File]::ReadAllBytes('C:\\it''s\\a.txt'))");
  });
});

describe('WinRM with NTLMv2', () => {
  it('over HTTPS: the handshake on one connection, the server verifies the NTLMv2 proof and MIC, then the lifecycle', async () => {
    const s = await serve({ auth: 'ntlm', domain: 'TESTDOM', answer: conversation([receiveWith('facts')]) });
    const t = await open(s, { auth: 'ntlm', user: 'TESTDOM\\auditor' });
    const r = await t.exec({ argv: ['cmd'], stdin: SCRIPT, timeoutMs: 10_000, signal: new AbortController().signal });
    expect(r).toEqual({ stdout: 'facts', stderr: '', code: 0 });
    await t.close();
    expect(s.handshakes).toBe(1);
    expect(s.authenticatedUsers).toEqual(['auditor']);
    expect(s.requests.map(actionOf)).toEqual([ACTION.create, ACTION.command, ACTION.send, ACTION.receive, ACTION.signal, ACTION.delete]);
    expectRecordedShapes(s);
  });

  it('a wrong password: the server refuses the proof, the reason says so', async () => {
    const s = await serve({ auth: 'ntlm', answer: conversation() });
    await expect(open(s, { auth: 'ntlm', password: 'wrong' })).rejects.toThrow(/authentication failed \(HTTP 401\): the host refused the user name or password \(NTLM\)$/);
    expect(s.handshakes).toBe(0);
  });

  it('over plain HTTP every message is sealed: the server opens them, the wire never shows the SOAP text', async () => {
    const s = await serve({ scheme: 'http', auth: 'ntlm', answer: conversation([TIMED_OUT, { xml: fixture('pywinrm/conftest__run_cmd_send_input_get_output_response.xml') }]) });
    const t = await open(s, { auth: 'ntlm' });
    const r = await t.exec({ argv: ['cmd'], stdin: SCRIPT, timeoutMs: 10_000, signal: new AbortController().signal });
    expect(r).toEqual({ stdout: RECORDED_STDOUT, stderr: '', code: 0 });
    await t.close();
    expect(s.requests.map(actionOf)).toEqual([ACTION.create, ACTION.command, ACTION.send, ACTION.receive, ACTION.receive, ACTION.signal, ACTION.delete]);
    expectRecordedShapes(s);
    expect(s.wire).toHaveLength(7);
    for (const body of s.wire) {
      expect(body.toString('latin1')).toMatch(/^--Encrypted Boundary\r\n\tContent-Type: application\/HTTP-SPNEGO-session-encrypted\r\n\tOriginalContent: type=application\/soap\+xml;charset=UTF-8;Length=\d+\r\n/);
      expect(body.toString('latin1')).not.toContain('Envelope');
      expect(body.toString('latin1')).not.toContain(Buffer.from(SCRIPT).toString('base64'));
    }
  });

  it('a dropped connection: the next message meets a 401, the handshake runs again, the message goes again under the new keys', async () => {
    const s = await serve({ scheme: 'http', auth: 'ntlm', dropAfter: 0, answer: conversation([receiveWith('after reconnect')]) });
    const t = await open(s, { auth: 'ntlm' });
    const r = await t.exec({ argv: ['cmd'], timeoutMs: 10_000, signal: new AbortController().signal });
    expect(r).toEqual({ stdout: 'after reconnect', stderr: '', code: 0 });
    expect(s.handshakes).toBe(2);
    expect(s.requests.map(actionOf)).toEqual([ACTION.create, ACTION.command, ACTION.receive, ACTION.signal]);
  });

  it('two calls at once on one sealed connection stay in order (one handshake, sequence numbers intact)', async () => {
    const s = await serve({ scheme: 'http', auth: 'ntlm', answer: conversation([receiveWith('same')]) });
    const t = await open(s, { auth: 'ntlm' });
    const run = () => t.exec({ argv: ['cmd'], timeoutMs: 10_000, signal: new AbortController().signal });
    expect(await Promise.all([run(), run()])).toEqual([
      { stdout: 'same', stderr: '', code: 0 },
      { stdout: 'same', stderr: '', code: 0 },
    ]);
    expect(s.handshakes).toBe(1);
  });

  it('a host that will not seal (no SEAL or KEY_EXCH in its challenge): plain HTTP refused, nothing sent in clear', async () => {
    const s = await serve({ scheme: 'http', auth: 'ntlm', challengeFlags: 0xe28a8235 & ~0x20 & ~0x40000000, answer: conversation() });
    await expect(open(s, { auth: 'ntlm' })).rejects.toThrow(/the host does not agree to 128-bit NTLM sealing, so plain HTTP cannot be used: use https:\/\/HOST:5986$/);
    expect(s.requests).toEqual([]);
    expect(s.wire).toEqual([]);
  });

  it('plain HTTP with Basic is refused before anything is sent', async () => {
    const s = await serve({ scheme: 'http', auth: 'basic', answer: conversation() });
    await expect(open(s, { auth: 'basic' })).rejects.toThrow(/^WinRM over plain http:\/\/ carries messages only sealed with NTLM, and basic authentication cannot seal them/);
    expect(s.authorizations).toEqual([]);
  });
});
