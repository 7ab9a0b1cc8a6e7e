// OpenSSH pattern lists, shared by known_hosts host fields and ssh_config `Host` lines: `*` is any
// run of characters, `?` exactly one, `!pattern` vetoes the whole list, matching ignores case
// (OpenSSH lowercases host names before it compares them).

const patternCache = new Map<string, RegExp>();

const compile = (pattern: string): RegExp => {
  let re = patternCache.get(pattern);
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 'is');
    patternCache.set(pattern, re);
  }
  return re;
};

/** One pattern (no negation) against a text. */
export const matchPattern = (pattern: string, text: string): boolean => compile(pattern).test(text);

/** A pattern list: true when some positive pattern matches and no negated one does. */
export function matchPatternList(patterns: readonly string[], text: string): boolean {
  let matched = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (matchPattern(p.slice(1), text)) return false;
    } else if (p && matchPattern(p, text)) {
      matched = true;
    }
  }
  return matched;
}
