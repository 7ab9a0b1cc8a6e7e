// Shared by the report benches: read a JSON report's summary without parsing the whole file.
import { closeSync, openSync, readSync } from 'node:fs';

/** The report's top-level "summary" member, found by streaming the file (a 50k-pod report is larger than a string may be). */
export function summaryOf(file) {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(1 << 22);
  const start = Buffer.from('\n  "summary": {');
  let tail = Buffer.alloc(0);
  let text;
  try {
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) {
      const hay = Buffer.concat([tail, buf.subarray(0, n)]);
      const at = text === undefined ? hay.indexOf(start) : -1;
      if (text !== undefined) text += hay.toString('utf8');
      else if (at >= 0) text = hay.subarray(at + start.length - 1).toString('utf8');
      if (text !== undefined) {
        const end = text.indexOf('\n  }');
        if (end >= 0) return JSON.parse(text.slice(0, end + 4));
      }
      tail = text === undefined ? hay.subarray(Math.max(0, hay.length - start.length)) : Buffer.alloc(0);
    }
  } finally {
    closeSync(fd);
  }
  throw new Error(`no summary in ${file}`);
}
