// Builders for storage.* fact values in check tests: each one runs the real parser on a snippet of
// the configuration file, so a table row reads like the file it stands for.
import type { CephFacts, IscsiFacts, LuksFacts, MountsFacts, NfsFacts, SmbFacts } from '../../../src/kit/storage/facts.js';
import { parseCephConf } from '../../../src/providers/storage/parse-ceph.js';
import { parseIscsidConf, parseSaveconfig } from '../../../src/providers/storage/parse-iscsi.js';
import { parseCrypttab, volumesFromFstab, volumesFromLsblk } from '../../../src/providers/storage/parse-luks.js';
import { networkMounts, parseExports } from '../../../src/providers/storage/parse-nfs.js';
import { parseSmbConf, parseTestparm, smbFacts } from '../../../src/providers/storage/parse-smb.js';
import { parseLsblk } from '../../../src/providers/linux/parse-host.js';

export const notCollected = (reason = 'section cut off') => ({ ok: false, reason });
export const notApplicable = (reason = 'not configured') => ({ ok: false, reason, notApplicable: true });

export function nfs(exportsText: string): NfsFacts {
  const problems: string[] = [];
  return { files: ['/etc/exports'], exports: parseExports(exportsText, '/etc/exports', problems), problems };
}

export const mounts = (fstab: string): MountsFacts => ({ source: 'fstab', mounts: networkMounts(fstab, 'fstab') });

/** smb.conf text (and included files by path), read by the parser. */
export function smb(conf: string, includes: Record<string, string> = {}): SmbFacts {
  const problems: string[] = [];
  const { sections, files } = parseSmbConf(conf, (p) => includes[p], problems);
  return smbFacts('parser', sections, files, problems);
}

/** testparm -s -v output (only the lines that matter). */
export const smbTestparm = (output: string): SmbFacts => smbFacts('testparm', parseTestparm(output), ['/etc/samba/smb.conf'], []);

export function iscsi(parts: { conf?: string; save?: object }): IscsiFacts {
  return {
    initiator: parts.conf === undefined ? null : { file: '/etc/iscsi/iscsid.conf', settings: parseIscsidConf(parts.conf) },
    targets: parts.save === undefined ? null : parseSaveconfig(JSON.stringify(parts.save)),
    problems: [],
  };
}

/** A saveconfig.json with one iSCSI target and the given TPG attributes and ACLs. */
export const lio = (attributes: Record<string, number>, acls: object[] = [], extra: Record<string, unknown> = {}): object => ({
  targets: [{ fabric: 'iscsi', wwn: 'iqn.2003-01.org.linux-iscsi.t1:sn.1', tpgs: [{ tag: 1, enable: true, attributes, node_acls: acls, luns: [{ index: 0 }], portals: [{ ip_address: '10.0.0.1', port: 3260 }], ...extra }] }],
});

export function luks(fstab: string, crypttab = ''): LuksFacts {
  const ct = parseCrypttab(crypttab);
  return { source: 'fstab+crypttab', volumes: volumesFromFstab(fstab, ct), crypttab: ct };
}

export const luksLive = (lsblkJson: object): LuksFacts => ({ source: 'lsblk', volumes: volumesFromLsblk(parseLsblk(JSON.stringify(lsblkJson))), crypttab: [] });

export const ceph = (text: string): CephFacts => ({ files: ['/etc/ceph/ceph.conf'], settings: parseCephConf(text, '/etc/ceph/ceph.conf') });
