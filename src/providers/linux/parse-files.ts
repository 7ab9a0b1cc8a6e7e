// Mode and owner of key files, and the folders on PATH, from `stat=` and `pathdir=` lines.
import { ok, type Outcome } from '../../engine/types.js';
import { attrs, type Section } from '../shell/sections.js';
import type { FileStat, FilesFacts } from '../../kit/linux/facts.js';

/** "PATH MODE UID GID OWNER GROUP" (stat -c '%a %u %g %U %G'). */
export function parseStatLine(line: string): FileStat | undefined {
  const m = /^(\/\S*) ([0-7]{1,4}) (\d+) (\d+) (\S+) (\S+)$/.exec(line.trim());
  if (!m) return undefined;
  return { path: m[1] ?? '', mode: parseInt(m[2] ?? '0', 8), uid: Number(m[3]), gid: Number(m[4]), owner: m[5] ?? '', group: m[6] ?? '' };
}

export function parseFilesSection(section: Section): Outcome<FilesFacts> {
  const stats: Record<string, FileStat> = {};
  for (const line of attrs(section, 'stat')) {
    const s = parseStatLine(line);
    if (s) stats[s.path] = s;
  }
  if (Object.keys(stats).length === 0) return { ok: false, reason: 'stat printed nothing usable (is coreutils stat available?)' };
  const pathDirs: FilesFacts['pathDirs'] = [];
  for (const line of attrs(section, 'pathdir')) {
    const m = /^(\S+) (?:([0-7]{1,4}) (\d+)|(missing)|(relative))$/.exec(line.trim());
    if (!m) continue;
    const path = m[1] ?? '';
    if (m[4] || m[5]) pathDirs.push({ path, missing: true });
    else pathDirs.push({ path, mode: parseInt(m[2] ?? '0', 8), uid: Number(m[3]) });
  }
  return ok({ stats, pathDirs });
}
