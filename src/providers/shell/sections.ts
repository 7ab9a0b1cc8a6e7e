// Split the collection script's output (grammar in script.ts) into sections. Pure and total:
// any text gives a result; what is malformed is simply absent, and the fact parsers say so.

export interface SectionFile {
  state: 'file' | 'missing' | 'denied';
  content: string;
}

export interface SectionCommand {
  output: string;
  /** null when the output was cut off before the exit status */
  rc: number | null;
}

export interface Section {
  name: string;
  /** the section's exit status; null when the output ended inside it (timeout, killed) */
  rc: number | null;
  /** key=value lines, in order (a key may repeat) */
  attrs: [string, string][];
  files: Map<string, SectionFile>;
  commands: Map<string, SectionCommand>;
}

export type Sections = Map<string, Section>;

/**
 * The markers carry the run's nonce (`ZT_N` in the script, `==ZT.3f9a…== name`): a file or a
 * command's output on the target cannot know it, so text that imitates a marker stays text and
 * cannot open, close or forge a section. Without a nonce (saved outputs, fixtures) the plain
 * `==ZT==` grammar is read.
 */
export const NONCE = /^(\.[0-9a-f]{8,32})?$/;

interface Markers {
  start: RegExp;
  end: RegExp;
  file: RegExp;
  cmd: RegExp;
  rc: RegExp;
}

function markers(nonce: string): Markers {
  if (!NONCE.test(nonce)) throw new Error(`bad section nonce ${JSON.stringify(nonce)}`);
  const n = nonce.replace('.', '\\.');
  return {
    start: new RegExp(`^==ZT${n}== (\\S+)$`),
    end: new RegExp(`^==ZT${n}-END== (\\S+) (\\d+)$`),
    file: new RegExp(`^--ZT${n}-(FILE|NOFILE|DENIED)-- (.*)$`),
    cmd: new RegExp(`^--ZT${n}-CMD-- (\\S+)$`),
    rc: new RegExp(`^--ZT${n}-RC-- (\\d+)$`),
  };
}

const ATTR = /^([a-zA-Z][\w.-]*)=(.*)$/;

/** Drop the blank line the script adds after each file/command body. */
const body = (lines: string[]): string => {
  const copy = lines.slice();
  while (copy.length > 0 && copy[copy.length - 1] === '') copy.pop();
  return copy.join('\n');
};

export function splitSections(output: string, nonce = ''): Sections {
  const { start: SECTION_START, end: SECTION_END, file: FILE_MARK, cmd: CMD_MARK, rc: RC_MARK } = markers(nonce);
  const sections: Sections = new Map();
  let current: Section | undefined;
  // what the following body lines belong to
  let sink: { kind: 'file'; path: string; lines: string[] } | { kind: 'cmd'; name: string; lines: string[] } | undefined;

  const flush = (rc: number | null = null): void => {
    if (!current || !sink) return;
    if (sink.kind === 'file') current.files.set(sink.path, { state: 'file', content: body(sink.lines) });
    else current.commands.set(sink.name, { output: body(sink.lines), rc });
    sink = undefined;
  };

  for (const line of output.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = SECTION_START.exec(line))) {
      flush();
      current = { name: m[1] ?? '', rc: null, attrs: [], files: new Map(), commands: new Map() };
      sections.set(current.name, current);
      continue;
    }
    if (!current) continue;
    if ((m = SECTION_END.exec(line)) && m[1] === current.name) {
      flush();
      current.rc = Number(m[2]);
      current = undefined;
      continue;
    }
    if ((m = RC_MARK.exec(line)) && sink?.kind === 'cmd') {
      flush(Number(m[1]));
      continue;
    }
    if ((m = FILE_MARK.exec(line))) {
      flush();
      const path = m[2] ?? '';
      if (m[1] === 'FILE') sink = { kind: 'file', path, lines: [] };
      else current.files.set(path, { state: m[1] === 'NOFILE' ? 'missing' : 'denied', content: '' });
      continue;
    }
    if ((m = CMD_MARK.exec(line))) {
      flush();
      sink = { kind: 'cmd', name: m[1] ?? '', lines: [] };
      continue;
    }
    if (sink) {
      sink.lines.push(line);
      continue;
    }
    if ((m = ATTR.exec(line))) current.attrs.push([m[1] ?? '', m[2] ?? '']);
  }
  flush();
  return sections;
}

export const attr = (s: Section, key: string): string | undefined => s.attrs.find(([k]) => k === key)?.[1];
export const attrs = (s: Section, key: string): string[] => s.attrs.filter(([k]) => k === key).map(([, v]) => v);

/** Files of a section whose path matches, in output order. */
export function filesMatching(s: Section, test: (path: string) => boolean): { path: string; content: string }[] {
  const out: { path: string; content: string }[] = [];
  for (const [path, f] of s.files) if (f.state === 'file' && test(path)) out.push({ path, content: f.content });
  return out;
}

/** A one-line reason for a command that failed: the first non-empty output line. */
export function commandReason(name: string, cmd: SectionCommand): string {
  if (cmd.rc === 124 || cmd.rc === 137) return `${name} timed out (15 s per command)`;
  const first = cmd.output.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? 'no output';
  return `${name} exited ${cmd.rc ?? '(cut off)'}: ${first.slice(0, 200)}`;
}
