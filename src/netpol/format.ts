// One formatter per output format; each returns the whole text (the CLI writes it).
import type { Connection } from './connlist.js';

export const formatTxt = (conns: readonly Connection[]): string => conns.map((c) => `${c.src} => ${c.dst} : ${c.conn}\n`).join('');

export const formatJson = (conns: readonly Connection[]): string => `${JSON.stringify(conns.map(({ src, dst, conn }) => ({ src, dst, conn })), null, 2)}\n`;

export const connlistFormatters = { txt: formatTxt, json: formatJson } as const;
export type ConnlistFormat = keyof typeof connlistFormatters;
