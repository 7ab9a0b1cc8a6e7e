// Open the connection a target names: this machine, SSH (ssh2) or a WinRM remote shell (each
// loaded only when used), or none for kinds whose provider owns its client (Kubernetes'
// client-node). Credentials are resolved here, from references, and go nowhere but the connection.
import type { TransportName } from '../kinds/registry.js';
import type { TargetSpec } from '../kinds/types.js';
import { localTransport } from './local.js';
import { TransportError, type OpenContext, type Transport } from './types.js';

export async function openTransport(target: TargetSpec, name: TransportName, ctx: OpenContext): Promise<Transport | undefined> {
  switch (name) {
    case 'local':
      return localTransport();
    case 'kube':
    case 'https':
      // the provider owns its client: client-node for Kubernetes, https.ts or the AWS SDK for the HTTPS APIs
      return undefined;
    case 'ssh': {
      const { sshOptionsFor } = await import('./ssh-options.js');
      const { connectSsh } = await import('./ssh.js');
      return connectSsh(sshOptionsFor(target, ctx));
    }
    case 'winrm': {
      const { winrmOptionsFor } = await import('./winrm-options.js');
      const { connectWinrm } = await import('./winrm.js');
      return connectWinrm(winrmOptionsFor(target), ctx);
    }
    default:
      throw new TransportError(`the ${name} transport is not available in this version`);
  }
}
