// VMware vSphere / ESXi facts: what the vSphere Automation REST API (vCenter) and the vim25 SOAP
// API's property collector (vCenter and ESXi) say about the hosts, the VMs and the vCenter Server
// appliance. Secrets never reach them: the password and the session ids stay in the provider.

export interface VsphereAboutFacts {
  /** 'VirtualCenter' (vCenter Server) or 'HostAgent' (an ESXi host audited directly) */
  apiType: string;
  /** ServiceContent.about.fullName, e.g. "VMware vCenter Server 8.0.2 build-22385739" */
  fullName: string;
  version: string;
  build: string;
}

export interface VsphereService {
  /** TSM-SSH (SSH), TSM (ESXi Shell), ntpd, DCUI... */
  key: string;
  label: string;
  running: boolean;
  /** startup policy: 'on' (start and stop with the host), 'off' (manual), 'automatic' (with its firewall ports) */
  policy: string;
}

export interface VsphereHost {
  /** the managed object id: host-10 (vCenter), ha-host (ESXi) */
  id: string;
  name: string;
  /** connected, disconnected, notResponding */
  connectionState: string;
  /** ESXi version line (config.product.fullName) */
  product?: string;
  /** lockdownDisabled, lockdownNormal, lockdownStrict (config.lockdownMode) */
  lockdownMode?: string;
  /** the vCenter that manages the host (summary.managementServerIp), when it is managed */
  managementServer?: string;
  services: VsphereService[];
  /** the advanced options the checks read (UserVars.ESXiShellTimeOut, ...Interactive..., Syslog.global.logHost); absent: not set on the host */
  options: Record<string, string>;
  /** config.dateTimeInfo.ntpConfig.server */
  ntpServers: string[];
}

export interface VsphereHostsFacts {
  hosts: VsphereHost[];
  /** hosts whose configuration could not be read (disconnected, no permission), with the reason */
  unreadable: { id: string; name: string; reason: string }[];
}

export interface VsphereVm {
  /** the managed object id: vm-42 (vCenter), 1 (ESXi) */
  id: string;
  name: string;
  /** poweredOn, poweredOff, suspended */
  powerState: string;
  template: boolean;
  /** config.keyId is set: the VM home and its disks are encrypted (VM Encryption) */
  encrypted: boolean;
  /** the key provider (config.keyId.providerId.id) of an encrypted VM */
  keyProvider?: string;
  /** a VirtualTPM device in config.hardware.device */
  vtpm: boolean;
  /** config.firmware: bios or efi */
  firmware: string;
  /** config.bootOptions.efiSecureBootEnabled */
  secureBoot: boolean;
  /** the isolation.tools.* entries of config.extraConfig, key -> value as set (absent: the default) */
  isolation: Record<string, string>;
}

export interface VsphereVmsFacts {
  vms: VsphereVm[];
  unreadable: { id: string; name: string; reason: string }[];
}

/** The vCenter Server appliance's own shells (GET /api/appliance/access/{ssh,shell,consolecli}). */
export interface VsphereApplianceAccessFacts {
  /** SSH-based controlled CLI */
  ssh: boolean;
  /** BASH from within the controlled CLI, and the seconds it stays enabled */
  shell: { enabled: boolean; timeout: number };
  /** the controlled CLI on the console */
  consoleCli: boolean;
}

export interface VsphereApplianceTimeFacts {
  /** GET /api/appliance/timesync: NTP, HOST (from the ESXi host) or DISABLED */
  mode: string;
  /** GET /api/appliance/ntp */
  servers: string[];
}

export interface VsphereApplianceSyslogFacts {
  /** GET /api/appliance/logging/forwarding */
  forwarding: { hostname: string; port: number; protocol: string }[];
}

declare module '../../engine/facts.js' {
  interface FactTypes {
    'vsphere.about': VsphereAboutFacts;
    'vsphere.hosts': VsphereHostsFacts;
    'vsphere.vms': VsphereVmsFacts;
    'vsphere.appliance.access': VsphereApplianceAccessFacts;
    'vsphere.appliance.time': VsphereApplianceTimeFacts;
    'vsphere.appliance.syslog': VsphereApplianceSyslogFacts;
  }
}
