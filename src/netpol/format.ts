// One formatter per output format. Each takes a producer of connections (so a large list can be
// streamed) and a sink for text chunks; formatTxt/formatJson are the whole-string conveniences.
import type { Connection } from './connlist.js';

export type EachConnection = (visit: (src: string, dst: string, conn: string) => void) => void;
export type ConnlistFormatter = (each: EachConnection, emit: (chunk: string) => void) => void;

const CHUNK = 1 << 20;

/** `SRC => DST : CONN`, one line each, LF-terminated; an empty list is empty output. */
export const txtFormatter: ConnlistFormatter = (each, emit) => {
  let buf = '';
  each((src, dst, conn) => {
    buf += `${src} => ${dst} : ${conn}\n`;
    if (buf.length >= CHUNK) {
      emit(buf);
      buf = '';
    }
  });
  if (buf) emit(buf);
};

/** `[{src, dst, conn}, ...]`, laid out as JSON.stringify(list, null, 2) would. */
export const jsonFormatter: ConnlistFormatter = (each, emit) => {
  let buf = '[';
  let first = true;
  each((src, dst, conn) => {
    buf += `${first ? '' : ','}\n  {\n    "src": ${JSON.stringify(src)},\n    "dst": ${JSON.stringify(dst)},\n    "conn": ${JSON.stringify(conn)}\n  }`;
    first = false;
    if (buf.length >= CHUNK) {
      emit(buf);
      buf = '';
    }
  });
  emit(`${buf}${first ? ']' : '\n]'}\n`);
};

export const connlistFormatters = { txt: txtFormatter, json: jsonFormatter } as const satisfies Record<string, ConnlistFormatter>;
export type ConnlistFormat = keyof typeof connlistFormatters;

const fromArray =
  (conns: readonly Connection[]): EachConnection =>
  (visit) => {
    for (const c of conns) visit(c.src, c.dst, c.conn);
  };

const render = (f: ConnlistFormatter, conns: readonly Connection[]): string => {
  const parts: string[] = [];
  f(fromArray(conns), (s) => parts.push(s));
  return parts.join('');
};

export const formatTxt = (conns: readonly Connection[]): string => render(txtFormatter, conns);
export const formatJson = (conns: readonly Connection[]): string => render(jsonFormatter, conns);
