// Every case of netpol-analyzer's own suite (fixtures/netpol-oracle): our connlist must print
// exactly the peer's lines. Inputs go through the same loader as the CLI.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/providers/kubernetes/manifests.js';
import { connlistFromObjects } from '../../src/netpol/connlist.js';
import { formatTxt } from '../../src/netpol/format.js';

const ORACLE = path.resolve(import.meta.dirname, '../../fixtures/netpol-oracle');
const cases = readdirSync(path.join(ORACLE, 'cases')).sort();

/** Cases whose output we knowingly do not reproduce, with the reason (none at present). */
const OUT_OF_SCOPE: Record<string, string> = {};

describe('netpol-analyzer oracle', () => {
  it('has the 43 cases its README promises', () => expect(cases.length).toBe(43));
  for (const name of cases) {
    const skip = OUT_OF_SCOPE[name];
    it.skipIf(skip !== undefined)(`${name}${skip ? ` (out of scope: ${skip})` : ''}`, async () => {
      const { objects, diagnostics } = await loadManifests([path.join(ORACLE, 'cases', name, 'input')]);
      expect(diagnostics.filter((d) => d.severity === 'fatal')).toEqual([]);
      const { conns } = connlistFromObjects(objects);
      const actual = formatTxt(conns).split('\n').filter(Boolean);
      const expected = readFileSync(path.join(ORACLE, 'cases', name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
      expect(actual).toEqual(expected);
    });
  }
});
