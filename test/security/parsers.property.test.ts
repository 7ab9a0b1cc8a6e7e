// Every parser of what a target or an API says is total against hostile input: random text,
// random JSON of any shape, markup junk, deep nesting and binary bytes each end in a value (or,
// for the few parsers whose contract is to refuse, one Error with a message): never a TypeError,
// never a hang. The numbers of cases are stated per parser (RUNS).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNvidiaSmiText } from '../../src/providers/gpu/parse-text.js';
import { parseNvidiaSmiXml } from '../../src/providers/gpu/parse-xml.js';
import { parseCapabilities, parseDomainXml, parseLibvirtConf } from '../../src/providers/libvirt/parse.js';
import * as pve from '../../src/providers/proxmox/parse.js';
import { parseCephConf } from '../../src/providers/storage/parse-ceph.js';
import { parseIscsidConf, parseSaveconfig } from '../../src/providers/storage/parse-iscsi.js';
import { parseCrypttab, volumesFromFstab } from '../../src/providers/storage/parse-luks.js';
import { networkMounts, parseExports } from '../../src/providers/storage/parse-nfs.js';
import { parseSmbConf, parseTestparm } from '../../src/providers/storage/parse-smb.js';
import * as vs from '../../src/providers/vsphere/parse.js';
import { soapBody } from '../../src/providers/vsphere/soap.js';
import { parseAnswer, receivedOf, shellIdOf } from '../../src/transports/winrm-soap.js';
import { windowsCommandLine } from '../../src/transports/winrm-cmdline.js';
import { parseAppLockerXml } from '../../src/providers/windows/parse-applocker.js';
import { parseAuditCsv } from '../../src/providers/windows/parse-auditpol.js';
import { parseSecedit } from '../../src/providers/windows/parse-secedit.js';
import { extractDocument, parseWindowsDocument } from '../../src/providers/windows/parse.js';

const RUNS = { numRuns: 500 };

const tokens = fc.constantFrom('\n', ' ', '\t', '=', ':', ',', '#', ';', '"', "'", '[', ']', '{', '}', '<', '>', '/', '\\', '*', '(', ')', '\u0000', '\u001b[31m', '\uFFFD', 'include = ', '[global]', 'server min protocol = NT1', '/srv *(rw,no_root_squash)', 'auth_client_required = none', 'node.session.auth.authmethod = None', 'luks', 'none', '<domain>', '</domain>', '<seclabel type="none"/>', '<gpu>', '<nvidia_smi_log>', '&amp;', '&#0;', '<![CDATA[', ']]>', '"Subsystem","Setting"', '[Registry Values]', 'MACHINE\\System=4,1', 'true', 'false', '0', '1', '-1', 'null');
const text = fc.oneof(fc.string({ maxLength: 300 }), fc.array(tokens, { maxLength: 120 }).map((a) => a.join('')), fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')));
const json = fc.jsonValue({ maxDepth: 6 });
const nested = fc.integer({ min: 1, max: 3000 }).map((n) => '<a>'.repeat(n) + '</a>'.repeat(n));

/** Must return; an Error with a message is accepted where `refuses` says the parser may refuse. */
function total(name: string, arb: fc.Arbitrary<unknown>, f: (x: never) => unknown, refuses = false): void {
  it(`${name}: ${RUNS.numRuns} hostile inputs, each a value${refuses ? ' or one Error' : ''}`, () => {
    fc.assert(
      fc.property(arb, (x) => {
        try {
          f(x as never);
        } catch (err) {
          if (!refuses || !(err instanceof Error) || err instanceof TypeError || err instanceof RangeError || !err.message) throw err;
        }
      }),
      RUNS,
    );
  });
}

describe('host file and command parsers', () => {
  total('parseCephConf', text, (s: string) => parseCephConf(s, '/etc/ceph/ceph.conf'));
  total('parseIscsidConf', text, parseIscsidConf);
  total('parseSaveconfig (saveconfig.json)', fc.oneof(text, json.map((j) => JSON.stringify(j))), parseSaveconfig, true);
  total('parseCrypttab', text, parseCrypttab);
  total('volumesFromFstab', text, (s: string) => volumesFromFstab(s, []));
  total('parseExports', text, (s: string) => parseExports(s, '/etc/exports'));
  total('networkMounts', text, (s: string) => networkMounts(s, 'fstab'));
  total('parseSmbConf (with include)', text, (s: string) => parseSmbConf(s, () => s));
  total('parseTestparm', text, parseTestparm);
  total('parseLibvirtConf', text, parseLibvirtConf);
});

describe('XML from targets', () => {
  total('parseNvidiaSmiXml', fc.oneof(text, nested), parseNvidiaSmiXml, true);
  total('parseNvidiaSmiText', text, parseNvidiaSmiText, true);
  total('parseDomainXml', fc.oneof(text, nested), parseDomainXml, true);
  total('parseCapabilities', fc.oneof(text, nested), (s: string) => parseCapabilities('qemu:///system', s), true);
  total('vSphere soapBody', fc.oneof(text, nested), soapBody, true);
  total('parseAppLockerXml', fc.oneof(text, nested), parseAppLockerXml, true);
});

describe('Windows script output', () => {
  total('extractDocument', text, extractDocument);
  total('parseWindowsDocument', json, parseWindowsDocument);
  total('parseAuditCsv', text, parseAuditCsv, true);
  total('parseSecedit (text)', text, parseSecedit, true);
  total('parseSecedit (bytes)', fc.uint8Array({ maxLength: 400 }), parseSecedit, true);
});

describe('WinRM answers', () => {
  total('WinRM SOAP answer', fc.oneof(text, nested), (x: string) => {
    const parsed = parseAnswer(x);
    shellIdOf(parsed);
    receivedOf(parsed, 'ID');
  }, true);
  it(`WinRM command line: ${RUNS.numRuns} argvs of hostile strings split back exactly (C runtime rules)`, () => {
    const arg = fc.string({ maxLength: 40 }).filter((a) => !/[\0\r\n]/.test(a));
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 6 }), (args) => {
        const line = windowsCommandLine(['powershell.exe', ...args]);
        expect(splitWindows(line)).toEqual(['powershell.exe', ...args]);
      }),
      RUNS,
    );
    // what a command line cannot carry is refused, not mangled
    expect(() => windowsCommandLine(['powershell.exe', 'a\nb'])).toThrow(RangeError);
  });
});

/** How the Microsoft C runtime splits a command line into argv (parse_cmdline, 2008 and later). */
function splitWindows(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (i >= line.length) break;
    let arg = '';
    let quoted = false;
    for (; i < line.length; i++) {
      const c = line[i]!;
      if (!quoted && (c === ' ' || c === '\t')) break;
      if (c === '\\') {
        let n = 0;
        while (line[i] === '\\') (n++, i++);
        if (line[i] === '"') {
          arg += '\\'.repeat(Math.floor(n / 2));
          if (n % 2 === 1) arg += '"';
          else quoted = !quoted;
        } else {
          arg += '\\'.repeat(n);
          i--;
        }
        continue;
      }
      if (c === '"') {
        if (quoted && line[i + 1] === '"') (arg += '"', i++);
        else quoted = !quoted;
        continue;
      }
      arg += c;
    }
    out.push(arg);
  }
  return out;
}

describe('API answers of any shape', () => {
  const node = 'pve1';
  const proxmox: [string, (j: unknown) => unknown][] = [
    ['version', pve.parseVersion],
    ['realms', pve.parseRealms],
    ['users', pve.parseUsers],
    ['tfa', pve.parseTfa],
    ['cluster firewall', pve.parseClusterFirewall],
    ['node firewall', (j) => pve.parseNodeFirewall(node, j)],
    ['updates', (j) => pve.parseUpdates(node, j)],
    ['nodes', pve.parseNodes],
    ['backup jobs', pve.parseBackupJobs],
    ['storage', pve.parseStorage],
    ['VM list', (j) => pve.parseVmList(node, j)],
    ['VM config', (j) => pve.parseVmConfig({ vmid: 100, name: 'vm', status: 'running', template: false }, node, j)],
    ['cluster options', pve.parseClusterOptions],
  ];
  for (const [name, f] of proxmox) total(`Proxmox ${name}`, json, f, true);
  total('vSphere VM list', json, (j: unknown) => vs.listed('/api/vcenter/vm', j, 'vm', 'power_state'), true);
  total('vSphere appliance access', json, (j: unknown) => vs.applianceAccess(j, j, j), true);
  total('vSphere appliance time', json, (j: unknown) => vs.applianceTime(j, j), true);
  total('vSphere appliance syslog', json, (j: unknown) => vs.applianceSyslog(j), true);
});

describe('bounds', () => {
  it('deep XML nesting is refused fast, not followed', () => {
    const deep = '<domain>' + '<a>'.repeat(100_000) + '</a>'.repeat(100_000) + '</domain>';
    const t0 = Date.now();
    expect(() => parseDomainXml(deep)).toThrow();
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('an entity expansion bomb does not expand', () => {
    let ents = '<!ENTITY a0 "' + 'A'.repeat(64) + '">';
    for (let i = 1; i < 12; i++) ents += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const bomb = `<?xml version="1.0"?><!DOCTYPE domain [${ents}]><domain type="kvm"><name>&a11;</name></domain>`;
    const t0 = Date.now();
    let size = 0;
    try {
      size = JSON.stringify(parseDomainXml(bomb)).length;
    } catch {
      size = 0;
    }
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(size).toBeLessThan(10_000);
  });
});
