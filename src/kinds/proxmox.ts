// Proxmox VE clusters and nodes through their HTTPS API (https://host:8006/api2/json), from an
// inventory: `kind: proxmox`, `address: https://pve.example:8006`, `credentials.token` a reference
// to `USER@REALM!TOKENID=SECRET`, `ca:` (or --ca) for a private CA. The provider owns its HTTPS
// client (src/transports/https.ts): the certificate is always verified.
import { UsageError } from '../engine/errors.js';
import { inventoryOnly, type KindDefinition } from './definition.js';

export const PROXMOX_DEFAULT_PORT = 8006;

/**
 * The API origin of an inventory address: `https://host[:port]` (port 8006 when none is given; a
 * bare host name is taken as https://host:8006). Plain http, a path or a query is a UsageError:
 * pveproxy serves only HTTPS, and the token must never travel in clear.
 */
export function proxmoxEndpoint(address: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    throw new UsageError(`bad proxmox address "${address}" (expected https://host:8006)`);
  }
  if (u.protocol !== 'https:') throw new UsageError(`bad proxmox address "${address}": the Proxmox VE API is served over https only`);
  if (u.username || u.password) throw new UsageError(`bad proxmox address "${address}": put the API token in credentials.token, not in the address`);
  if ((u.pathname !== '/' && u.pathname !== '') || u.search || u.hash) throw new UsageError(`bad proxmox address "${address}": give only https://host:port (the API path is added)`);
  return `https://${u.hostname.includes(':') && !u.hostname.startsWith('[') ? `[${u.hostname}]` : u.hostname}:${u.port || PROXMOX_DEFAULT_PORT}`;
}

export const PROXMOX: KindDefinition = inventoryOnly({
  kind: 'proxmox',
  description: 'Proxmox VE over its HTTPS API (an API token)',
  transports: ['https'],
  defaultTransport: () => 'https',
  checkAddress: (address) => void proxmoxEndpoint(address),
  sarifPrefix: 'proxmox',
});
