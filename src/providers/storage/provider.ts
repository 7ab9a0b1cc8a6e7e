// Host storage providers: one per facet (NFS exports, network mounts, Samba, iSCSI, LUKS data
// volumes, Ceph), each its own section of the host script and a pure parse. They read
// configuration files, so they work live, under --root and over SSH alike; a section is only in
// the script when a selected check reads its fact.
import type { FactKey } from '../../engine/facts.js';
import type { ShellProvider } from '../types.js';
import { guard } from '../shell/guard.js';
import { parseIscsiSection } from './parse-iscsi.js';
import { parseLuksSection } from './parse-luks.js';
import { parseMountsSection, parseNfsSection } from './parse-nfs.js';
import { parseCephSection } from './parse-ceph.js';
import { parseSmbSection } from './parse-smb.js';
import { STORAGE_SECTIONS as S } from './sections.js';

const storage = (id: string, fact: FactKey, section: keyof typeof S, parse: ShellProvider['parse']): ShellProvider => ({
  type: 'shell',
  id,
  kinds: ['linux'],
  facet: 'storage',
  facts: [fact],
  sections: { [section]: S[section] },
  parse,
});

export const STORAGE_PROVIDERS: readonly ShellProvider[] = [
  storage('storage.nfs', 'storage.nfs', 'nfs', (get) => ({ 'storage.nfs': guard('nfs', get('nfs'), parseNfsSection) })),
  storage('storage.mounts', 'storage.mounts', 'netmounts', (get, ctx) => ({ 'storage.mounts': guard('netmounts', get('netmounts'), (s) => parseMountsSection(s, ctx.mode)) })),
  storage('storage.smb', 'storage.smb', 'smb', (get, ctx) => ({ 'storage.smb': guard('smb', get('smb'), (s) => parseSmbSection(s, ctx.mode)) })),
  storage('storage.iscsi', 'storage.iscsi', 'iscsi', (get) => ({ 'storage.iscsi': guard('iscsi', get('iscsi'), parseIscsiSection) })),
  storage('storage.luks', 'storage.luks', 'luks', (get, ctx) => ({ 'storage.luks': guard('luks', get('luks'), (s) => parseLuksSection(s, ctx.mode)) })),
  storage('storage.ceph', 'storage.ceph', 'ceph', (get) => ({ 'storage.ceph': guard('ceph', get('ceph'), parseCephSection) })),
];
