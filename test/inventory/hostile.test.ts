// A hostile inventory is refused fast: one line on stderr naming the file and the problem, exit 2,
// no stack trace, nothing collected. The limits are documented in src/inventory/load.ts.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/errors.js';
import { MAX_INVENTORY_BYTES, MAX_TARGETS, loadInventory, parseInventory } from '../../src/inventory/load.js';
import { repoRoot } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'ztaudit-hostile-'));
const pwned = join(dir, 'pwned');

function aliasBomb(): string {
  // billion laughs: nine levels of nine aliases each, 9^9 strings once expanded
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) text += `${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]\n`;
  return `${text}targets: *i\n`;
}

const manyTargets = (n: number): string => {
  const lines = ['targets:'];
  for (let i = 0; i < n; i++) lines.push(`  - {name: t${i}, kind: linux, address: 10.0.${(i >> 8) & 255}.${i & 255}}`);
  return `${lines.join('\n')}\n`;
};

/** [case, file content, what the one line must say] */
const HOSTILE: [string, string | Buffer, RegExp][] = [
  ['a 10 MB file', Buffer.alloc(10 * 1024 * 1024, 0x23), /: 10485760 bytes, larger than the 8 MiB limit for an inventory$/],
  ['an alias bomb', aliasBomb(), /: YAML aliases expand to more than 100 nodes/],
  ['100,000 nested flow sequences', `targets: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, /: nested more than 64 levels deep$/],
  ['100,000 compact block sequences', `targets:\n  ${'- '.repeat(100_000)}x\n`, /: nested more than 64 levels deep$/],
  ['an alias that contains itself', 'targets: &t\n  - {name: a, kind: linux, options: {self: *t}}\n', /: nested more than 64 levels deep once its aliases are expanded$/],
  ['100,000 targets', manyTargets(100_000), /: more than 50000 targets/],
  ['a name that runs a command', `targets:\n  - {name: "$(touch ${pwned})", kind: linux}\n`, /: targets\/0\/name: /],
  ['an address that chains a command', 'targets:\n  - {name: web, kind: linux, address: ";rm -rf /"}\n', /: targets\/0\/address: contains the shell metacharacter ";"/],
  ['an address that is an ssh option', `targets:\n  - {name: web, kind: linux, address: "-oProxyCommand=touch ${pwned}"}\n`, /: targets\/0\/address: starts with "-"/],
  ['a windows address with a backtick', 'targets:\n  - {name: dc, kind: windows, address: "https://dc`calc`:5986"}\n', /: targets\/0\/address: contains the shell metacharacter "`"/],
  ['a user that is an ssh option', 'targets:\n  - {name: web, kind: linux, address: web, user: "-oProxyCommand=x"}\n', /: targets\/0\/user: starts with "-"/],
  ['a user with a dollar', 'targets:\n  - {name: web, kind: linux, address: web, user: "a$(id)"}\n', /: targets\/0\/user: contains the shell metacharacter "\$"/],
  ['a backslash in a linux user', 'targets:\n  - {name: web, kind: linux, address: web, user: "a\\\\b"}\n', /: targets\/0\/user: contains the shell metacharacter "\\\\"/],
  ['a leading dash in a default user', 'defaults: {user: "-F/tmp/evil"}\ntargets: []\n', /: defaults\/user: starts with "-"/],
  ['a raw NUL byte', 'targets:\n  - {name: a\0b, kind: linux}\n', /: NUL byte at line 2: an inventory is a text file$/],
  ['an escaped NUL in a name', 'targets:\n  - {name: "a\\0b", kind: linux}\n', /: targets\/0\/name: contains the control character U\+0000/],
  ['a newline in a name', 'targets:\n  - {name: "web\\nFAIL all good", kind: linux}\n', /: targets\/0\/name: contains the control character U\+000A/],
  ['an escape sequence in a name', 'targets:\n  - {name: "web\\e[2J", kind: linux}\n', /: targets\/0\/name: contains the control character U\+001B/],
  ['a bidi override in a name', 'targets:\n  - {name: "web\\u202Egnp.exe", kind: linux}\n', /: targets\/0\/name: contains the control character U\+202E/],
  ['a newline in a label', 'targets:\n  - {name: web, kind: linux, labels: {role: "web\\nowner: root"}}\n', /: targets\/0\/labels\/role: contains the control character U\+000A/],
  ['a newline in a default label', 'defaults: {labels: {team: "a\\rb"}}\ntargets: []\n', /: defaults\/labels\/team: contains the control character U\+000D/],
  ['a newline in an address', 'targets:\n  - {name: web, kind: s3, address: "https://s3\\n.example"}\n', /: targets\/0\/address: contains the control character U\+000A/],
  ['an escape sequence in a root path', 'targets:\n  - {name: img, kind: linux, root: "/mnt/\\e]0;owned\\a"}\n', /: targets\/0\/root: contains the control character U\+001B/],
  ['a newline in a credential file reference', 'targets:\n  - {name: web, kind: linux, credentials: {privateKey: {file: "/k\\nx"}}}\n', /: targets\/0\/credentials\/privateKey\/file: contains the control character U\+000A/],
  ['a 300-character label', `targets:\n  - {name: web, kind: linux, labels: {role: ${'x'.repeat(300)}}}\n`, /: targets\/0\/labels\/role: longer than 256 characters/],
];

beforeAll(() => {
  HOSTILE.forEach(([, content], i) => writeFileSync(join(dir, `hostile-${i}.yaml`), content));
});

/** The built CLI, run asynchronously so the CLI cases below can run side by side. */
function ztaudit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 60_000 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}

/** The cases run through the real CLI too (every case is refused in-process below). */
const CLI_CASES = [
  'a 10 MB file',
  'an alias bomb',
  '100,000 nested flow sequences',
  '100,000 targets',
  'a name that runs a command',
  'an address that chains a command',
  'an address that is an ssh option',
  'a raw NUL byte',
  'an escaped NUL in a name',
  'a newline in a label',
];

const fileOf = (label: string): string => join(dir, `hostile-${HOSTILE.findIndex(([l]) => l === label)}.yaml`);

/** Exactly one line, no stack trace, naming the file and the problem. */
function expectOneLine(stderr: string, file: string, problem: RegExp): void {
  const lines = stderr.split('\n');
  expect(lines, stderr).toHaveLength(2);
  expect(lines[1]).toBe('');
  const line = lines[0]!;
  expect(line).toMatch(/^ztaudit: inventory /);
  expect(line).toContain(file);
  expect(line).toMatch(problem);
  expect(line).not.toMatch(/\bat .*:\d+:\d+|Error:|\u0000/);
  expect(line).toMatch(/^[\x20-\x7e]*$/);
}

describe('a hostile inventory', () => {
  it('limits are the documented ones', () => {
    expect(MAX_INVENTORY_BYTES).toBe(8 * 1024 * 1024);
    expect(MAX_TARGETS).toBe(50_000);
  });

  describe.for(HOSTILE.map(([label, , problem]) => [label, problem] as const))('%s', ([label, problem]) => {
    it('is refused in-process in under a second with one UsageError', () => {
      const file = fileOf(label);
      const start = performance.now();
      let caught: unknown;
      try {
        loadInventory(file);
      } catch (err) {
        caught = err;
      }
      const ms = performance.now() - start;
      expect(caught).toBeInstanceOf(UsageError);
      expect((caught as UsageError).message).toMatch(problem);
      expect((caught as UsageError).message).toContain(`inventory ${file}: `);
      expect(ms).toBeLessThan(1000);
    });
  });

  describe.concurrent.for(CLI_CASES.map((label) => [label, HOSTILE.find(([l]) => l === label)![2]] as const))('the CLI refuses %s', ([label, problem]) => {
    it('inventory validate: exit 2, one line on stderr', async () => {
      const file = fileOf(label);
      const r = await ztaudit(['inventory', 'validate', file]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneLine(r.stderr, file, problem);
    });

    it('scan -i: exit 2, one line on stderr, nothing scanned', async () => {
      const file = fileOf(label);
      const r = await ztaudit(['scan', '-i', file, '-f', 'json']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneLine(r.stderr, file, problem);
    });
  });

  it('parseInventory refuses text over the size limit before parsing it', () => {
    const start = performance.now();
    expect(() => parseInventory(`targets: []\n#${'x'.repeat(MAX_INVENTORY_BYTES)}`, 'big.yaml')).toThrow(/^inventory big\.yaml: \d+ bytes, larger than the 8 MiB limit/);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it.skipIf(!existsSync('/dev/zero'))('a device that never ends is read only up to the limit', () => {
    const start = performance.now();
    expect(() => loadInventory('/dev/zero')).toThrow(/^inventory \/dev\/zero: larger than the 8 MiB limit for an inventory$/);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('the command in a name never ran', () => {
    expect(existsSync(pwned)).toBe(false);
  });

  it('escapes control characters in the file name of the message', () => {
    expect(() => parseInventory('targets: [', 'evil\n\u001b[2Jname.yaml')).toThrow(/^inventory evil\\u000a\\u001b\[2Jname\.yaml: invalid YAML/);
  });
});

describe('an ordinary inventory is still accepted', () => {
  it.each([
    ['an IPv6 address in brackets', 'targets:\n  - {name: web, kind: linux, address: "[fe80::1%eth0]"}\n'],
    ['a WinRM URL and a DOMAIN\\user', 'targets:\n  - {name: dc-1, kind: windows, address: "https://dc-1.example:5986/wsman", user: "CORP\\\\audit"}\n'],
    // (an s3 address is the endpoint only, scheme://host[:port]: test/kinds/s3.test.ts)
    ['a URL with a query for a vSphere endpoint', 'targets:\n  - {name: b, kind: vsphere, address: "https://vc.example/sdk?region=eu&x=1"}\n'],
    ['an S3 endpoint URL', 'targets:\n  - {name: b, kind: s3, address: "https://s3.eu-west-1.amazonaws.com:443"}\n'],
    ['labels with spaces and punctuation', 'targets:\n  - {name: web, kind: linux, labels: {note: "rack 4, row B (old); ask $ops"}}\n'],
    ['non-ASCII label values', 'targets:\n  - {name: web, kind: linux, labels: {site: "Zürich — 東京"}}\n'],
    ['60 levels of options', `targets:\n  - {name: web, kind: linux, options: {x: ${'['.repeat(58)}${']'.repeat(58)}}}\n`],
    ['a few aliases', 'defaults: {labels: &l {team: a}}\ntargets:\n  - {name: web, kind: linux, labels: *l}\n  - {name: db, kind: linux, labels: *l}\n'],
    ['an inline private key (a secret may hold newlines)', 'targets:\n  - name: web\n    kind: linux\n    address: web\n    credentials:\n      privateKey: |\n        -----BEGIN KEY-----\n        abc\n        -----END KEY-----\n'],
  ])('%s', (_n, text) => {
    expect(parseInventory(text, 'ok.yaml').targets.length).toBeGreaterThan(0);
  });

  it('5,000 targets parse', () => {
    expect(parseInventory(manyTargets(5000), 'many.yaml').targets).toHaveLength(5000);
  });
});

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** parseInventory's contract: a LoadedInventory or one UsageError of one printable line, nothing else. */
function outcome(text: string): ReturnType<typeof parseInventory> | undefined {
  try {
    return parseInventory(text, 'fuzz.yaml');
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    expect(err.message).toMatch(/^inventory fuzz\.yaml: [\x20-\x7e]*$/);
    return undefined;
  }
}

describe('arbitrary input ends in targets or one UsageError', () => {
  const hostileChar = fc.constantFrom('\0', '\n', '\r', '\t', '\u001b', '\u007f', '\u0085', '\u2028', '\u202e', ';', '|', '&', '$', '`', '<', '>', '(', ')', '{', '}', "'", '"', '\\', '-', ' ', '[', ']', '*', '&a ', '*a', '#', ':', ',', '!!', '%');
  const nasty = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.oneof(hostileChar, fc.constantFrom('web', 'a', '1', 'kind', 'linux')), { maxLength: 20 }).map((a) => a.join('')),
  );

  it('arbitrary text, YAML-ish token soup and YAML of arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nasty,
          fc.array(fc.oneof(hostileChar, fc.constantFrom('targets:', '\n  - ', 'name: x', 'kind: linux', '{', '}', 'labels:', '&x', '*x', '<<: *x')), { maxLength: 60 }).map((a) => a.join('')),
          fc.anything().map((v) => {
            try {
              return stringify(v) ?? '';
            } catch {
              return '';
            }
          }),
          fc.record({ targets: fc.array(fc.anything(), { maxLength: 3 }) }).map((v) => stringify(v)),
        ),
        (text) => {
          outcome(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('hostile field values: refused, or accepted with nothing unprintable in names, addresses and labels', () => {
    const target = fc.record(
      {
        name: fc.oneof(fc.constantFrom('web', 'db-1'), nasty),
        kind: fc.constantFrom('linux', 'windows', 's3', 'kubernetes'),
        address: nasty,
        user: nasty,
        labels: fc.dictionary(fc.oneof(fc.constantFrom('role', 'env'), nasty), nasty, { maxKeys: 3 }),
      },
      { requiredKeys: ['name', 'kind'] },
    );
    fc.assert(
      fc.property(fc.array(target, { maxLength: 3 }), (targets) => {
        const loaded = outcome(stringify({ targets }));
        for (const t of loaded?.targets ?? []) {
          expect(t.name).not.toMatch(CONTROL);
          for (const [k, v] of Object.entries(t.labels ?? {})) expect(k + v).not.toMatch(CONTROL);
          if (t.address !== undefined) {
            expect(t.address).not.toMatch(CONTROL);
            expect(t.address.startsWith('-')).toBe(false);
            if (t.kind === 'linux' || t.kind === 'windows') expect(t.address).not.toMatch(/[\s;|&$`<>(){}'"\\]/);
          }
          const user = t.options.user;
          if (typeof user === 'string') {
            expect(user.startsWith('-')).toBe(false);
            expect(user).not.toMatch(/[\s;|&$`<>(){}'"]/);
            expect(user).not.toMatch(CONTROL);
            if (t.kind === 'linux') expect(user).not.toContain('\\');
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('ssh fields of a target', () => {
  const target = (extra: string): string => `targets:\n  - { name: web-1, kind: linux, address: web-1.example, ${extra} }\n`;
  it.each([
    ['jump: ["-oProxyCommand=sh"]', 'targets/0/jump/0: starts with "-"'],
    ['jump: ["bastion;id"]', 'targets/0/jump/0: contains the shell metacharacter ";"'],
    ['jump: ["bastion example"]', 'targets/0/jump/0: contains whitespace'],
    ['knownHosts: "kh\\u001b[2J"', 'targets/0/knownHosts: contains the control character'],
    ['become: root', 'targets/0/become: must be one of sudo'],
  ])('%s is refused with one line', (extra, msg) => {
    expect(() => parseInventory(target(extra), 'inv.yaml')).toThrow(msg);
  });

  it('become, knownHosts and jump reach the target options, paths anchored at the inventory', () => {
    const { targets } = parseInventory(target('become: sudo, knownHosts: kh, jump: ["audit@bastion:2222"]'), '/etc/ztaudit/inv.yaml');
    expect(targets[0]!.options).toMatchObject({ transport: 'ssh', become: 'sudo', knownHosts: '/etc/ztaudit/kh', jump: ['audit@bastion:2222'] });
  });
});
