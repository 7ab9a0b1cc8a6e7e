// What looks like a credential, by name or by value. Pure and shared: the secrets checks use
// it, and a collector may use it to mask values before they reach a facts snapshot.
// Values are only tested, never returned: callers report names, never what matched.

/** Variable or key names that usually hold a credential. */
const SECRET_NAME = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CLIENT_?SECRET|CREDENTIALS?|AUTH_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY)/i;
/** Names that point to a credential rather than hold it (a file path, a Secret name, a TTL). */
const REFERENCE_NAME = /(_FILE|_PATH|_DIR|_NAME|_REF|_TTL|_TIMEOUT|_EXPIRY|_EXPIRES|_LENGTH|_HEADER|_ENDPOINT|_ENABLED)$/i;

const VALUE_PATTERNS: readonly { what: string; re: RegExp }[] = [
  { what: 'private key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { what: 'AWS access key id', re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { what: 'Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { what: 'URL with embedded password', re: /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i },
];

/** Literal values that are not secrets whatever the name says. */
function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return (
    v === '' ||
    /^(true|false|yes|no|on|off|null|none|changeme-in-secret)$/i.test(v) ||
    /^-?\d+(\.\d+)?[smhd]?$/.test(v) || // numbers and durations
    v.startsWith('/') || // a file path
    /^\$\([A-Za-z_][A-Za-z0-9_]*\)$/.test(v) // $(OTHER_VAR) expansion
  );
}

/** Which kind of credential a value looks like, by its content alone. */
export function credentialPattern(value: string): string | undefined {
  return VALUE_PATTERNS.find((p) => p.re.test(value))?.what;
}

export const hasSecretName = (name: string): boolean => SECRET_NAME.test(name) && !REFERENCE_NAME.test(name);

/** Why a name/value pair looks like a literal credential, or undefined. */
export function secretLooking(name: string, value: string): string | undefined {
  const pattern = credentialPattern(value);
  if (pattern) return pattern;
  if (hasSecretName(name) && !isPlaceholder(value)) return 'credential-like name';
  return undefined;
}

/** The only way a secret-looking value is ever shown. */
export const MASK = '<redacted>';
