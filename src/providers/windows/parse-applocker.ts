// `Get-AppLockerPolicy -Effective -Xml`: one <RuleCollection Type=".." EnforcementMode=".."> per
// collection (Exe, Msi, Script, Dll, Appx) holding its rules. A collection without an
// EnforcementMode attribute is NotConfigured; no policy at all is `<AppLockerPolicy Version="1" />`.
import { lazyXmlParser } from '../../engine/lazy.js';
import type { AppLockerCollection, WindowsAppLockerFacts } from '../../kit/windows/facts.js';

const xml = lazyXmlParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, isArray: (name) => name === 'RuleCollection' });

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);

export function parseAppLockerXml(text: string): WindowsAppLockerFacts {
  const trimmed = text.trim();
  if (trimmed === '') return { collections: [] };
  const doc = xml().parse(trimmed) as Node;
  const policy = doc.AppLockerPolicy;
  if (policy === undefined) throw new Error('no <AppLockerPolicy> element');
  const collections: AppLockerCollection[] = [];
  for (const rc of isNode(policy) && Array.isArray(policy.RuleCollection) ? policy.RuleCollection : []) {
    if (!isNode(rc)) continue;
    let rules = 0;
    for (const [k, v] of Object.entries(rc)) if (!k.startsWith('@') && k !== '#text' && k !== 'RuleCollectionExtensions') rules += Array.isArray(v) ? v.length : 1;
    collections.push({ type: String(rc['@Type'] ?? ''), enforcementMode: String(rc['@EnforcementMode'] ?? 'NotConfigured'), rules });
  }
  return { collections };
}
