// What looks like a credential, by name or by value. Pure and shared: the secrets checks use
// it, and a collector may use it to mask values before they reach a facts snapshot.
// Values are only tested, never returned: callers report names, never what matched.

// A name holds a credential when its last word is one (DB_PASSWORD, githubToken) or its last two
// words name a key (API_KEY, AWS_SECRET_ACCESS_KEY). Names that merely mention one
// (PASSWORD_FILE, TOKEN_TTL, SECRET_NAME, password_policy) point to or describe it instead.
const CREDENTIAL_WORDS = new Set(['PASSWORD', 'PASSWD', 'PWD', 'PASSPHRASE', 'SECRET', 'TOKEN', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'PASS']);
const KEY_QUALIFIERS = new Set(['API', 'ACCESS', 'PRIVATE', 'SECRET', 'AUTH', 'SIGNING', 'ENCRYPTION', 'CLIENT', 'MASTER']);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w !== '');
}

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

/**
 * How the collector stores a literal credential it met: the value is gone, the reason stays, so
 * the checks still see that a credential was there (and why) without the facts ever holding it.
 */
export const maskedCredential = (why: string): string => `<redacted: ${why}>`;
const MASKED = /^<redacted: ([^>]+)>$/;

/** Which kind of credential a value looks like, by its content alone. */
export function credentialPattern(value: string): string | undefined {
  const masked = MASKED.exec(value);
  if (masked) return masked[1];
  return VALUE_PATTERNS.find((p) => p.re.test(value))?.what;
}

export function hasSecretName(name: string): boolean {
  const w = words(name);
  const last = w[w.length - 1];
  if (last === undefined) return false;
  if (CREDENTIAL_WORDS.has(last)) return true;
  return last === 'KEY' && w.length > 1 && KEY_QUALIFIERS.has(w[w.length - 2]!);
}

/** Why a name/value pair looks like a literal credential, or undefined. */
export function secretLooking(name: string, value: string): string | undefined {
  const pattern = credentialPattern(value);
  if (pattern) return pattern;
  if (hasSecretName(name) && !isPlaceholder(value)) return 'credential-like name';
  return undefined;
}

/** The only way a secret-looking value is ever shown. */
export const MASK = '<redacted>';
