import { defineCheck } from '../../src/engine/check.js';
import { judgeObjects } from '../../src/kit/k8s/judge.js';
import { asRecord } from '../../src/kit/k8s/objects.js';
import { credentialPattern, hasSecretName } from '../../src/kit/k8s/secret-patterns.js';

// `db.password = s3cr3t` / `apiKey: abc123` inside a properties, ini or YAML file stored in the
// ConfigMap; placeholders (${VAR}, {{ var }}) and empty values are not credentials.
const ASSIGNMENT = /(^|\n)[ \t]*[\w.-]*(password|passwd|secret|api[_-]?key|access[_-]?key|token)[ \t]*[:=][ \t]*["']?(?![$\{<])[^\s"'#]{4,}/i;

export default defineCheck({
  id: 'k8s.secrets.configmap-credentials',
  title: 'ConfigMaps hold no credentials',
  rationale: 'ConfigMaps are not encrypted at rest, are readable by broad "view" roles and are printed freely by tooling; credentials in them are exposed.',
  severity: 'high',
  pillar: 'data',
  function: 'Data Protection',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.configmaps'],
  references: ['NSA/CISA Kubernetes Hardening Guide v1.2: Secrets', 'NIST SP 800-190 4.1.4', 'CISA ZTMM v2.0 Data: Data Protection'],
  remediation: 'Move the keys into a Secret (with encryption at rest) or an external secret store, mount them from there, and rotate the credentials.',
  messages: { credentials: 'keys that look like credentials: {{keys}}' },
  evaluate({ 'k8s.configmaps': configmaps }, ctx) {
    return judgeObjects('k8s.secrets.configmap-credentials', configmaps, ctx, (cm) => {
      const keys: string[] = [];
      for (const [key, value] of Object.entries(asRecord(cm.data))) {
        // Key names and the kind of match only; values never leave this function.
        const pattern = typeof value === 'string' ? (credentialPattern(value) ?? (ASSIGNMENT.test(value) ? 'credential assignment in a config file' : undefined)) : undefined;
        if (pattern) keys.push(`${key} (${pattern})`);
        else if (hasSecretName(key) && typeof value === 'string' && value.trim() !== '') keys.push(`${key} (credential-like name)`);
      }
      return keys.length === 0 ? undefined : { messageId: 'credentials', data: { keys: keys.join(', ') }, evidence: keys.join('; ') };
    }, 'no ConfigMaps');
  },
});
