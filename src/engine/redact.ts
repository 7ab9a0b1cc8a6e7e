// The secret masker: a pure function applied to every facts snapshot and to every result's
// message and evidence before anything is reported, saved or logged. It masks known secret
// shapes inside text and any value kept under a secret-looking key, so a collector that forgets
// to mask still cannot leak a password into a report.
export const MASK = '****';

/** Values under a secret-looking key that are settings, not secrets (PasswordAuthentication-like flags). */
const HARMLESS = /^(yes|no|true|false|on|off|none|null|unset|\(unset\)|disabled|enabled|required|optional|-|\*+|\d{1,4}|<redacted>|\[redacted\]|redacted)$/i;

type Replacer = string | ((whole: string, ...groups: string[]) => string);
/** key=value with a harmless value (a yes/no flag, a small number) is a setting, not a secret. */
// After "key:" (prose and YAML alike) only a value that looks like a credential is masked: a digit,
// mixed case, a symbol or a long run ("automountServiceAccountToken: pod unset" is prose); after
// "key=" (flags, env, config lines) anything but a harmless setting is.
const credentialLike = (v: string): boolean => /\d/.test(v) || v.length >= 20 || (/[a-z]/.test(v) && /[A-Z]/.test(v)) || /[^A-Za-z0-9_.-]/.test(v);
const keepHarmless = (whole: string, prefix: string, quote: string, value: string): string =>
  HARMLESS.test(value) || (!quote && !prefix.includes('=') && !credentialLike(value)) ? whole : `${prefix}${quote}${MASK}`;

/** Secret shapes found inside free text; each keeps its non-secret prefix ("password=") visible. */
const TEXT_PATTERNS: readonly [RegExp, Replacer][] = [
  // PEM private keys (RSA, EC, OPENSSH, ENCRYPTED, PKCS#8), whole block; an unterminated one to the end
  [/-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY( BLOCK)?-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|$)/g, MASK],
  // AWS access key ids
  [/\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g, MASK],
  // JSON Web Tokens (also Kubernetes service account tokens)
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, MASK],
  // well-known token prefixes: GitHub, GitLab, Slack, Stripe-like live keys
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{16,})\b/g, MASK],
  // Authorization headers / bearer tokens
  // (a credential has a digit or is long: "Basic authentication" and "Token requests" are prose)
  [/\b(Bearer|Basic|Token)(\s+)(?:(?=[A-Za-z._~+/=-]*[0-9])[A-Za-z0-9._~+/=-]{8,}|[A-Za-z0-9._~+/=-]{20,})/g, `$1$2${MASK}`],
  // key=value / key: value with a secret-looking key (password=..., "token": "...", aws_secret_access_key = ...)
  [
    // (anchored on the keyword itself, never on a run of name characters before it: that would be
    // quadratic; "credentials:" is left out, it is mostly prose such as use-service-account-credentials)
    /((?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)["']?[ \t]{0,8}[=:][ \t]{0,8})(["']?)([^\s"',;&}]{1,4096})/gi,
    keepHarmless as Replacer,
  ],
  // URLs with inline credentials: scheme://user:password@host
  [/\b([a-z][a-z0-9+.-]{0,31}:\/\/[^/\s:@]{1,256}:)([^@\s/]{1,1024})@/gi, `$1${MASK}@`],
];

/**
 * Text in which none of TEXT_PATTERNS can match: none of their literal parts occurs (checked
 * without regard to case, so this only ever lets more text through to the full masker). Most
 * messages and fact strings contain none, and one scan is far cheaper than seven.
 */
const MAYBE_SECRET = /-----BEGIN|A(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA|IPA)|eyJ|gh[pousr]_|glpat-|xox[abprs]-|sk_live_|bearer|basic|token|passw|passphrase|pwd|secret|api[_-]?key|access[_-]?key|private[_-]?key|:\/\//i;

// Short texts that needed the full masker, masked: a check repeats its message and evidence for
// every workload ("mounts a token of service account app", 10,000 times on a large cluster), and
// seven patterns per copy cost more than one lookup. Bounded in entries and in length.
const maskedMemo = new Map<string, string>();
const MEMO_ENTRIES = 10_000;
const MEMO_LENGTH = 256;

/** Mask every known secret shape in a piece of text. */
export function maskText(text: string): string {
  if (!MAYBE_SECRET.test(text)) return text;
  if (text.length > MEMO_LENGTH) return maskEveryPattern(text);
  let out = maskedMemo.get(text);
  if (out === undefined) {
    out = maskEveryPattern(text);
    if (maskedMemo.size >= MEMO_ENTRIES) maskedMemo.clear();
    maskedMemo.set(text, out);
  }
  return out;
}

/** maskText without its shortcut: every pattern applied (the tests compare the two). */
export function maskEveryPattern(text: string): string {
  let out = text;
  for (const [re, replacement] of TEXT_PATTERNS) out = typeof replacement === 'string' ? out.replace(re, replacement) : out.replace(re, replacement as (m: string, ...g: string[]) => string);
  return out;
}

const normalizeKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Keys whose value is a secret (normalized: lower case, no separators). Endings, so "dbPassword" counts. */
const SECRET_KEY = /(password|passwd|passphrase|pwd|secret|secretkey|secretaccesskey|token|apikey|accesskey|privatekey|clientsecret|credential|credentials|bearer|sessionkey|signingkey|encryptionkey)$/;
/** Keys that end like a secret but name something else (a setting about secrets, not one). */
const NOT_SECRET_KEY = /(authentication|permitemptypasswords|passwordauth|expiry|ttl|path|file|name|names|ref|enabled|count|length|age|type|kind|mode|policy|id)$/;

// Facts repeat a few key names many times (every pod has "name", "image", "env"): each is judged once.
const secretKeyMemo = new Map<string, boolean>();
export const isSecretKey = (key: string): boolean => {
  let known = secretKeyMemo.get(key);
  if (known === undefined) {
    const k = normalizeKey(key);
    known = SECRET_KEY.test(k) && !NOT_SECRET_KEY.test(k);
    if (secretKeyMemo.size >= 50_000) secretKeyMemo.clear(); // label keys are open-ended: stay bounded
    secretKeyMemo.set(key, known);
  }
  return known;
};


/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A value under a secret-looking key is masked when it looks like a credential (not a setting or a state word). */
// Plain words stay: collectors report states under such keys ("password": "locked" | "empty"),
// and a check must see the same facts live and from a saved snapshot.
const secretValue = (value: string): boolean => value.length > 0 && !HARMLESS.test(value.trim()) && credentialLike(value);

/** Long high-entropy strings that look like keys even under an innocent key name in an env-like pair. */
export const looksRandom = (value: string): boolean => value.length >= 20 && !/\s/.test(value) && entropy(value) >= 3.5;

/**
 * Deep-mask a JSON value: text patterns in every string, and every non-trivial string under a
 * secret-looking key. `{name: "DB_PASSWORD", value: "..."}` pairs (env vars) are masked too.
 * Returns a new value; the input is never mutated.
 */
export function redact<T>(value: T): T {
  return walk(value, undefined) as T;
}

/**
 * redact(), sharing what needs no masking: the result is equal to redact(value), but an object or
 * array in which nothing was masked is the input's own, not a copy (nothing is ever mutated). For
 * a large value that is rarely masked (the analyses of a large cluster), so that masking it does
 * not hold a second copy of it.
 */
/**
 * An own property, whatever its name: a target's JSON may carry a `__proto__` key, which plain
 * assignment would turn into the copy's prototype (the key lost, its value inherited).
 */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

export function redactShared<T>(value: T): T {
  return walkShared(value, undefined) as T;
}

function walkShared(value: unknown, key: string | undefined): unknown {
  if (!value || typeof value !== 'object') return walk(value, key);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const masked = walkShared(v, key);
      if (masked !== v) (out ??= value.slice())[i] = masked;
    }
    return out ?? value;
  }
  const obj = value as Record<string, unknown>;
  const pairName = typeof obj.name === 'string' ? obj.name : typeof obj.key === 'string' ? obj.key : undefined;
  const pairIsSecret = pairName !== undefined && isSecretKey(pairName);
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const masked = k === 'value' && typeof v === 'string' && ((pairIsSecret && secretValue(v)) || (pairName !== undefined && looksRandom(v))) ? MASK : walkShared(v, k);
    if (masked !== v) setOwn((out ??= { ...obj }), k, masked);
  }
  return out ?? obj;
}

function walk(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') {
    if (key !== undefined && isSecretKey(key) && secretValue(value)) return MASK;
    return maskText(value);
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, key));
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const pairName = typeof obj.name === 'string' ? obj.name : typeof obj.key === 'string' ? obj.key : undefined;
    const pairIsSecret = pairName !== undefined && isSecretKey(pairName);
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'value' && typeof v === 'string' && ((pairIsSecret && secretValue(v)) || (pairName !== undefined && looksRandom(v)))) {
        setOwn(out, k, MASK);
      } else {
        setOwn(out, k, walk(v, k));
      }
    }
    return out;
  }
  return value;
}
