// Reading the recorded WS-Management answers of three client suites (pywinrm, WinRb, masterzen;
// Windows and OMI servers): shell and command ids, streams, command state and exit code, and
// every recorded SOAP fault mapped to its one-line reason. Building envelopes escapes every value.
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { commandIdOf, envelope, parseAnswer, receivedOf, sendRequest, shellIdOf, WinrmFault, WinrmProtocolError, xmlEscape } from '../../src/transports/winrm-soap.js';
import { fixture } from './winrm-replay.js';

const faultOf = (xml: string): WinrmFault => {
  try {
    parseAnswer(xml);
  } catch (e) {
    if (e instanceof WinrmFault) return e;
    throw e;
  }
  throw new Error('no fault');
};

describe('WS-Management answers', () => {
  it.each([
    ['pywinrm/conftest__open_shell_response.xml', '11111111-1111-1111-1111-111111111113'],
    ['masterzen/fixture_test__createShellResponse.xml', '67A74734-DD32-4F10-89DE-49A060483810'],
    ['winrb/open_shell_v1.xml', 'uuid:739990FF-1492-4CDD-80BB-6E07ADB06D85'],
    ['winrb/open_shell_v2.xml', expect.stringMatching(/^[0-9A-F-]{36}$/)],
    ['winrb/open_shell_omi.xml', expect.stringMatching(/\S/)],
  ])('the ShellId of %s', (file, id) => {
    expect(shellIdOf(parseAnswer(fixture(file)))).toEqual(id);
  });

  it('the CommandId of a CommandResponse', () => {
    expect(commandIdOf(parseAnswer(fixture('masterzen/fixture_test__executeCommandResponse.xml')))).toMatch(/^[0-9A-F-]{36}$/);
    expect(commandIdOf(parseAnswer(fixture('pywinrm/conftest__run_cmd_ps_response__cmd.xml')))).toBe('11111111-1111-1111-1111-111111111114');
  });

  it('streams, state and exit code of Receive answers', () => {
    const idOf = (xml: string): string => /CommandId="([^"]+)"/.exec(xml)![1]!;
    const read = (file: string) => {
      const xml = fixture(file);
      const r = receivedOf(parseAnswer(xml), idOf(xml));
      return { stdout: Buffer.concat(r.stdout).toString(), stderr: Buffer.concat(r.stderr).toString(), done: r.done, exitCode: r.exitCode };
    };
    const running = read('masterzen/fixture_test__outputResponse.xml');
    expect(running).toMatchObject({ done: false, exitCode: undefined });
    expect(running.stdout.length).toBeGreaterThan(0);
    expect(running.stderr.length).toBeGreaterThan(0);
    expect(read('masterzen/fixture_test__doneCommandResponse.xml')).toEqual({ stdout: '', stderr: '', done: true, exitCode: 123 });
    expect(read('masterzen/fixture_test__doneCommandExitCode0Response.xml')).toMatchObject({ done: true, exitCode: 0 });
    const ipconfig = read('pywinrm/conftest__get_cmd_output_response.xml');
    expect(ipconfig).toMatchObject({ done: true, exitCode: 0, stderr: '' });
    expect(ipconfig.stdout).toContain('Windows IP Configuration');
    // OMI says Done without an exit code
    const omi = fixture('winrb/get_omi_command_output_response.xml');
    expect(receivedOf(parseAnswer(omi), 'any')).toEqual({ stdout: [], stderr: [], done: true });
    // streams of another command are not this one's
    expect(receivedOf(parseAnswer(fixture('masterzen/fixture_test__outputResponse.xml')), 'another').stdout).toEqual([]);
  });

  it.each([
    ['pywinrm/test_exceptions__test_wsman_fault_known_fault.xml', 'TimedOut', /^operation timeout: the WS-Management service did not answer within its OperationTimeout: The WS-Management service cannot complete the operation within the time specified in OperationTimeout\.$/],
    ['masterzen/fixture_test__operationTimeoutResponse.xml', 'TimedOut', /^operation timeout: /],
    ['winrb/wmi_error_v2.xml', 'QuotaLimit', /^shell quota exceeded: this account has too many remote shells open on the host: The WS-Management service cannot process the request\. The maximum number of concurrent shells for this user has been exceeded\./],
    ['pywinrm/test_exceptions__test_wsman_fault_must_understand.xml', 'MustUnderstand', /^WinRM fault MustUnderstand: Test reason\.$/],
    ['pywinrm/test_exceptions__test_wsman_fault_no_reason.xml', 'Unknown', /^WinRM fault Unknown$/],
    ['pywinrm/test_exceptions__test_wsman_fault_with_wsmanfault.xml', 'SchemaValidationError', /^WinRM fault SchemaValidationError: Reason text\.$/],
    ['pywinrm/test_exceptions__test_wsman_fault_wmi_error_detail.xml', 'InternalError', /^WinRM fault InternalError: Reason text\.$/],
    ['masterzen/fixture_test__executeCommandResponseWithError.xml', 'InternalError', /^WinRM fault InternalError: The filename or extension is too long\.$/],
    ['winrb/soap_fault_v1.xml', 'CannotProcessFilter', /^WinRM fault CannotProcessFilter: The data source could not process the filter\. The filter might be missing or it might be invalid\. Change the filter and try the request again\.$/],
    ['winrb/soap_fault_v2.xml', 'CannotProcessFilter', /^WinRM fault CannotProcessFilter: /],
    ['winrb/soap_fault_omi.xml', 'InternalError', /^WinRM fault InternalError: get-instance: instance name parameter is missing$/],
  ])('the recorded fault %s: one line', (file, subcode, message) => {
    const f = faultOf(fixture(file));
    expect(f.subcode).toBe(subcode);
    expect(f.message).toMatch(message);
    expect(f.message).not.toContain('\n');
  });

  // No suite recorded these three (fixtures/winrm/README.md, "Not found"): the recorded timeout
  // fault with its subcode (and WSManFault code) changed to theirs.
  const variant = (subcode: string, code = '2150858793'): string =>
    fixture('pywinrm/test_exceptions__test_wsman_fault_known_fault.xml').replace('w:TimedOut', subcode).replace('Code="2150858793"', `Code="${code}"`);
  it.each([
    [variant('w:AccessDenied', '5'), /^access denied: the account may not open a remote shell \(WinRM needs it in Administrators or Remote Management Users\): /],
    [variant('w:InternalError', '5'), /^access denied: /],
    [variant('w:InvalidSelectors'), /^the remote shell is gone \(wsman:InvalidSelectors: the ShellId is unknown to the host\): /],
    [variant('a:DestinationUnreachable'), /^unknown resource URI: the endpoint has no remote cmd shell \(http:\/\/schemas\.microsoft\.com\/wbem\/wsman\/1\/windows\/shell\/cmd\): /],
  ])('access denied, a lost shell and an unknown resource URI each have their reason (%#)', (xml, message) => {
    expect(faultOf(xml).message).toMatch(message);
  });

  it('an answer that is not a SOAP envelope is a protocol error', () => {
    expect(() => parseAnswer('<html><body>IIS</body></html>')).toThrow(WinrmProtocolError);
    expect(() => parseAnswer('')).toThrow(WinrmProtocolError);
  });
});

describe('request envelopes', () => {
  it('escape every value and stay well-formed', () => {
    const nasty = `a"b'c<d>e&f]]>`;
    const xml = envelope({ to: `https://h/wsman?x=${nasty}`, action: nasty, operationTimeoutS: 20, shellId: nasty, options: { [nasty]: nasty }, body: `<rsp:Command>${xmlEscape(nasty)}</rsp:Command>` });
    expect(xml).not.toContain(nasty);
    const doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, htmlEntities: false }).parse(xml) as { Envelope: { Header: { Action: { '#text': string }; SelectorSet: { Selector: { '#text': string } } }; Body: { Command: string } } };
    expect(doc.Envelope.Header.Action['#text']).toBe(nasty);
    expect(doc.Envelope.Header.SelectorSet.Selector['#text']).toBe(nasty);
    expect(doc.Envelope.Body.Command).toBe(nasty);
  });

  it('a Send carries its bytes as base64 and End only when told', () => {
    expect(sendRequest({ to: 'https://h/wsman', operationTimeoutS: 20 }, 'S', 'C', Buffer.from('hi'), false)).toContain('<rsp:Stream Name="stdin" CommandId="C">aGk=</rsp:Stream>');
    expect(sendRequest({ to: 'https://h/wsman', operationTimeoutS: 20 }, 'S', 'C', Buffer.from(''), true)).toContain('<rsp:Stream Name="stdin" CommandId="C" End="true"></rsp:Stream>');
  });
});
