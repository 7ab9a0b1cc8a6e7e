// Windows hosts over WinRM (or PowerShell over SSH). No collector in this version: such targets
// are reported unreachable with the reason.
import { UsageError } from '../engine/errors.js';
import { list, type KindDefinition } from './definition.js';
import type { TargetSpec } from './types.js';

function winrmTarget(url: string): TargetSpec {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`bad --winrm URL "${url}" (expected https://host:5986)`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UsageError(`bad --winrm URL "${url}" (expected https://host:5986)`);
  return { id: `windows:${u.host}`, kind: 'windows', name: u.hostname, address: `${u.protocol}//${u.host}`, options: { transport: 'winrm' } };
}

export const WINDOWS: KindDefinition = {
  kind: 'windows',
  description: 'a Windows host over WinRM or PowerShell over SSH',
  transports: ['winrm', 'ssh'],
  defaultTransport: () => 'winrm',
  flags: [{ flags: '--winrm <url>', description: 'a Windows host over WinRM, https://host:5986 (repeatable)', repeatable: true }],
  fromFlags: (f) => list(f.winrm).map(winrmTarget),
  sarifPrefix: 'windows',
};
