// Kubelet configuration semantics: the default a kubelet uses for a field its configuration omits.

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The value a kubelet uses for a field absent from its configuration. Pointer fields (and the
 * authentication/authorization settings) fall back to the command-line default, the unsafe one
 * (anonymous auth on, AlwaysAllow); plain `omitempty` fields are absent from /configz exactly when
 * they hold their zero value (readOnlyPort 0, rotateCertificates false).
 */
export const KUBELET_DEFAULTS: Readonly<Record<string, unknown>> = {
  'authentication.anonymous.enabled': true,
  'authentication.webhook.enabled': false,
  'authentication.x509.clientCAFile': '',
  'authorization.mode': 'AlwaysAllow',
  readOnlyPort: 0,
  streamingConnectionIdleTimeout: '4h0m0s',
  makeIPTablesUtilChains: true,
  protectKernelDefaults: false,
  rotateCertificates: false,
  serverTLSBootstrap: false,
  'featureGates.RotateKubeletServerCertificate': true,
  tlsCertFile: '',
  tlsPrivateKeyFile: '',
  tlsCipherSuites: [],
  podPidsLimit: -1,
  seccompDefault: false,
  eventRecordQPS: 50,
};

/** A dotted field of a kubelet configuration, or its default when absent. */
export function kubeletSetting(config: Readonly<Record<string, unknown>>, path: string): { value: unknown; explicit: boolean } {
  let cur: unknown = config;
  for (const part of path.split('.')) {
    if (!isRecord(cur) || !(part in cur)) return { value: KUBELET_DEFAULTS[path], explicit: false };
    cur = cur[part];
  }
  return cur === undefined || cur === null ? { value: KUBELET_DEFAULTS[path], explicit: false } : { value: cur, explicit: true };
}
