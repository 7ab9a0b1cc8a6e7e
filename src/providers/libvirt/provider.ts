// libvirt/KVM: one section (virsh list, dumpxml, capabilities; the daemon and driver files), two
// providers: the libvirt target kind (its URI as the script's "$2"), and the libvirt facet of a
// Linux host (qemu:///system, no flag), composed only when a selected check reads libvirt facts.
import type { ShellProvider } from '../types.js';
import { guard } from '../shell/guard.js';
import type { Outcome } from '../../engine/types.js';
import { parseLibvirtSection, type LibvirtParsed } from './parse.js';
import { LIBVIRT_SECTION } from './section.js';

const FACTS = ['libvirt.domains', 'libvirt.host', 'libvirt.config'] as const;

const parseWith = (hostFacet: boolean): ShellProvider['parse'] => (get) => {
  const section = get('libvirt');
  const whole = guard('libvirt', section, (s) => ({ ok: true, value: parseLibvirtSection(s, hostFacet) }) as Outcome<LibvirtParsed>);
  if (!whole.ok) return Object.fromEntries(FACTS.map((f) => [f, whole]));
  return { ...whole.value };
};

export const LIBVIRT_PROVIDER: ShellProvider = {
  type: 'shell',
  id: 'libvirt.virsh',
  kinds: ['libvirt'],
  facet: 'hypervisor',
  facts: FACTS,
  sections: { libvirt: LIBVIRT_SECTION },
  parse: parseWith(false),
};

export const LIBVIRT_HOST_PROVIDER: ShellProvider = {
  type: 'shell',
  id: 'libvirt.host-facet',
  kinds: ['linux'],
  facet: 'hypervisor',
  facts: FACTS,
  sections: { libvirt: LIBVIRT_SECTION },
  parse: parseWith(true),
};
