// Builders for vsphere.* fact values in check tests: a hardened host, VM and appliance, plus overrides.
import type { VsphereApplianceAccessFacts, VsphereApplianceSyslogFacts, VsphereApplianceTimeFacts, VsphereHost, VsphereHostsFacts, VsphereService, VsphereVm, VsphereVmsFacts } from '../../../src/kit/hypervisor/vsphere.js';

export const notCollected = (reason = 'NoPermission: Permission to perform this operation was denied. (System.Read on VirtualMachine vm-42)') => ({ ok: false, reason });
export const esxiTarget = () => ({ ok: false, reason: 'VMware ESXi 8.0.2 build-22380479 is an ESXi host (HostAgent): no vCenter Server appliance to ask', notApplicable: true });

export const svc = (key: string, running: boolean, policy: string): VsphereService => ({ key, label: key, running, policy });

export function host(name = 'esx-01', extra: Partial<VsphereHost> = {}): VsphereHost {
  return {
    id: `host-${name}`,
    name,
    connectionState: 'connected',
    product: 'VMware ESXi 8.0.2 build-22380479',
    lockdownMode: 'lockdownNormal',
    managementServer: '10.0.0.5',
    services: [svc('DCUI', true, 'on'), svc('TSM', false, 'off'), svc('TSM-SSH', false, 'off'), svc('ntpd', true, 'on')],
    options: { 'UserVars.ESXiShellTimeOut': '600', 'UserVars.ESXiShellInteractiveTimeOut': '900', 'Syslog.global.logHost': 'ssl://syslog.example.internal:1514' },
    ntpServers: ['ntp1.example.internal'],
    ...extra,
  };
}

export const hosts = (list: VsphereHost[] = [host()], unreadable: VsphereHostsFacts['unreadable'] = []): VsphereHostsFacts => ({ hosts: list, unreadable });
export const withService = (h: VsphereHost, s: VsphereService): VsphereHost => ({ ...h, services: [...h.services.filter((x) => x.key !== s.key), s] });
export const withOptions = (h: VsphereHost, options: Record<string, string | undefined>): VsphereHost => {
  const o: Record<string, string> = { ...h.options };
  for (const [k, v] of Object.entries(options)) if (v === undefined) delete o[k];
  else o[k] = v;
  return { ...h, options: o };
};

export function vm(name = 'app', extra: Partial<VsphereVm> = {}): VsphereVm {
  return {
    id: `vm-${name}`,
    name,
    powerState: 'poweredOn',
    template: false,
    encrypted: true,
    keyProvider: 'nkp-01',
    vtpm: true,
    firmware: 'efi',
    secureBoot: true,
    isolation: {},
    ...extra,
  };
}

export const vms = (list: VsphereVm[] = [vm()], unreadable: VsphereVmsFacts['unreadable'] = []): VsphereVmsFacts => ({ vms: list, unreadable });

export const access = (extra: Partial<VsphereApplianceAccessFacts> = {}): VsphereApplianceAccessFacts => ({ ssh: false, shell: { enabled: false, timeout: 0 }, consoleCli: true, ...extra });
export const time = (extra: Partial<VsphereApplianceTimeFacts> = {}): VsphereApplianceTimeFacts => ({ mode: 'NTP', servers: ['ntp1.example.internal'], ...extra });
export const syslog = (forwarding: VsphereApplianceSyslogFacts['forwarding'] = [{ hostname: 'syslog.example.internal', port: 1514, protocol: 'TLS' }]): VsphereApplianceSyslogFacts => ({ forwarding });
