// The pure half of the vSphere provider: property collector answers to facts (a disconnected host,
// a property the user may not read, an orphaned VM), the REST shapes checked, addresses read.
import { describe, expect, it } from 'vitest';
import { vsphereOrigin } from '../../../src/kinds/vsphere.js';
import { applianceAccess, hostsFacts, listed, vmsFacts } from '../../../src/providers/vsphere/parse.js';
import { retrieve } from '../../../src/providers/vsphere/properties.js';
import { kid, soapBody, xmlEscape, type SoapClient } from '../../../src/providers/vsphere/soap.js';

const envelope = (objects: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><RetrievePropertiesExResponse xmlns="urn:vim25"><returnval>${objects}</returnval></RetrievePropertiesExResponse></soapenv:Body></soapenv:Envelope>`;

/** The property collector of one canned answer (what retrieve() reads through SoapClient.call). */
const answering = (xml: string): SoapClient => ({ call: async () => kid(soapBody(xml), 'RetrievePropertiesExResponse')! }) as unknown as SoapClient;
const pc = { type: 'PropertyCollector', value: 'propertyCollector' };

describe('vSphere property collector answers to facts', () => {
  it('a disconnected host and a host whose configuration the user may not read are unreadable, with the reason', async () => {
    const xml = envelope(
      '<objects><obj type="HostSystem">host-12</obj><propSet><name>name</name><val xsi:type="xsd:string">esx-03</val></propSet><propSet><name>runtime.connectionState</name><val xsi:type="HostSystemConnectionState">disconnected</val></propSet></objects>' +
        '<objects><obj type="HostSystem">host-13</obj><propSet><name>name</name><val xsi:type="xsd:string">esx-04</val></propSet><propSet><name>config.product.fullName</name><val xsi:type="xsd:string">VMware ESXi 8.0.2</val></propSet>' +
        '<missingSet><path>config.option</path><fault><fault xsi:type="NoPermission"><object type="HostSystem">host-13</object><privilegeId>Host.Config.AdvancedConfig</privilegeId></fault><localizedMessage>Permission to perform this operation was denied.</localizedMessage></fault></missingSet></objects>',
    );
    const objects = await retrieve(answering(xml), pc, 'HostSystem', ['name'], { objects: [{ type: 'HostSystem', value: 'host-12' }] });
    const facts = hostsFacts(objects, [
      { id: 'host-12', name: 'esx-03', state: 'DISCONNECTED' },
      { id: 'host-13', name: 'esx-04', state: 'CONNECTED' },
      { id: 'host-14', name: 'esx-05', state: 'CONNECTED' },
    ]);
    expect(facts.hosts).toEqual([]);
    expect(facts.unreadable).toEqual([
      { id: 'host-12', name: 'esx-03', reason: 'host is disconnected: its configuration is not available' },
      { id: 'host-13', name: 'esx-04', reason: 'config.option: NoPermission: Permission to perform this operation was denied. (Host.Config.AdvancedConfig on HostSystem host-13)' },
      { id: 'host-14', name: 'esx-05', reason: 'not returned by the property collector' },
    ]);
  });

  it('an orphaned VM (no config) is unreadable; a template is a VM with template true', async () => {
    const xml = envelope(
      '<objects><obj type="VirtualMachine">vm-9</obj><propSet><name>name</name><val xsi:type="xsd:string">orphan</val></propSet></objects>' +
        '<objects><obj type="VirtualMachine">vm-10</obj><propSet><name>name</name><val xsi:type="xsd:string">gold</val></propSet><propSet><name>config.template</name><val xsi:type="xsd:boolean">true</val></propSet><propSet><name>config.firmware</name><val xsi:type="xsd:string">efi</val></propSet></objects>',
    );
    const facts = vmsFacts(await retrieve(answering(xml), pc, 'VirtualMachine', ['name'], { root: { type: 'Folder', value: 'ha-folder-root' } }));
    expect(facts.unreadable).toEqual([{ id: 'vm-9', name: 'orphan', reason: 'no configuration returned (an inaccessible or orphaned VM)' }]);
    expect(facts.vms).toEqual([{ id: 'vm-10', name: 'gold', powerState: '', template: true, encrypted: false, vtpm: false, firmware: 'efi', secureBoot: false, isolation: {} }]);
  });

  it('REST answers not shaped as the reference gives them are errors naming the path', () => {
    expect(() => listed('/api/vcenter/host', { value: [] }, 'host', 'connection_state')).toThrow('GET /api/vcenter/host: answer is not shaped as the API reference gives it');
    expect(() => applianceAccess('true', { enabled: false, timeout: 0 }, true)).toThrow(/\/api\/appliance\/access\/ssh/);
  });

  it('an entity bomb in an answer is no answer, quickly, never a hang or a crash', () => {
    const entities = ['<!ENTITY a0 "xxxxxxxxxx">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`)].join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE soapenv:Envelope [${entities}]><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><x>&a9;</x></soapenv:Body></soapenv:Envelope>`;
    const t0 = Date.now();
    const body = soapBody(bomb);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(JSON.stringify(body ?? null).length).toBeLessThan(100_000);
  });

  it('escapes every XML special character', () => {
    expect(xmlEscape(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });
});

describe('vsphere addresses', () => {
  it.each([
    ['vcenter.example.internal', 'https://vcenter.example.internal'],
    ['vcenter.example.internal:8443', 'https://vcenter.example.internal:8443'],
    ['https://vcenter.example.internal/', 'https://vcenter.example.internal'],
    ['https://esx-01.example.internal/sdk', 'https://esx-01.example.internal'],
    ['https://[fd00::5]:443', 'https://[fd00::5]'],
  ])('%s is %s', (address, origin) => expect(vsphereOrigin(address)).toBe(origin));

  it.each(['http://vcenter.example.internal', 'https://user:pw@vcenter', 'https://vcenter/api/session', 'https://vcenter/?x=1', ''])('%s is refused', (address) => expect(vsphereOrigin(address)).toBeUndefined());
});
