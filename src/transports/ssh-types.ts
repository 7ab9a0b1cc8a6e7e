// What an SSH connection is opened with (ssh.ts connects, ssh-target.ts settles each hop).

export interface SshConnectOptions {
  /** hostname/address, or a Host alias from the ssh config */
  host: string;
  port?: number;
  user?: string;
  /** already-resolved secrets; never logged, never in a message */
  privateKey?: string | Buffer;
  passphrase?: string;
  password?: string;
  /** key files to try (from --identity); the ssh config's IdentityFile ones follow */
  identityFiles?: string[];
  /** SSH_AUTH_SOCK path; default the config's IdentityAgent, then process.env.SSH_AUTH_SOCK; null = no agent */
  agent?: string | null;
  /** default the config's UserKnownHostsFile or ~/.ssh/known_hosts, plus /etc/ssh/ssh_known_hosts (read only) */
  knownHostsFiles?: string[];
  /** record an unknown host key (appended to the first known_hosts file), like OpenSSH accept-new */
  acceptNew?: boolean;
  /** default ~/.ssh/config; null = do not read one */
  sshConfigFile?: string | null;
  /** jump hosts in order; when absent, the config's ProxyJump */
  jump?: SshConnectOptions[];
  readyTimeoutMs: number;
  signal: AbortSignal;
}
