// Placeholder until the ssh2 transport lands: same exported shape, refuses every connection.
import { TransportError, type Transport } from './types.js';

export interface SshConnectOptions {
  host: string;
  port?: number;
  user?: string;
  privateKey?: string | Buffer;
  passphrase?: string;
  password?: string;
  identityFiles?: string[];
  agent?: string;
  knownHostsFiles?: string[];
  acceptNew?: boolean;
  sshConfigFile?: string | null;
  jump?: SshConnectOptions[];
  readyTimeoutMs: number;
  signal: AbortSignal;
}

export async function connectSsh(opts: SshConnectOptions): Promise<Transport> {
  throw new TransportError(`ssh ${opts.host}: the SSH transport is not available in this version`);
}
