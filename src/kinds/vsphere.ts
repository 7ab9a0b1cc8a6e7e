// VMware vSphere: a vCenter Server or an ESXi host, from an inventory (`kind: vsphere`, the address
// of vCenter or the host, `user`, `credentials.password` by reference, `ca:` for a private CA).
// Its provider owns its HTTPS client (src/providers/vsphere/), so the transport is `https`.
import { inventoryOnly, type KindDefinition } from './definition.js';

/** The https origin of a vSphere address: host, host:port or https://host[:port][/] (undefined: not one). */
export function vsphereOrigin(address: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.search || u.hash) return undefined;
  // the API roots (/api, /sdk) are fixed: a path other than / or /sdk or /ui names something else
  if (!['/', '/sdk', '/ui', '/ui/'].includes(u.pathname)) return undefined;
  return u.origin;
}

export const VSPHERE: KindDefinition = inventoryOnly({
  kind: 'vsphere',
  description: 'VMware vCenter or ESXi, through the vSphere Automation REST API and the vim25 SOAP API',
  transports: ['https'],
  defaultTransport: () => 'https',
  sarifPrefix: 'vsphere',
});
