// Writes dist/catalogue.json after a build (npm run build / prepare / test): the built-in checks'
// metadata, validated the way a scan validates them (every fact read is one a provider offers).
//   node dist/src/cli/write-catalogue.js
import { writeFileSync } from 'node:fs';
import { CATALOGUE_FILE, catalogueText } from '../engine/catalogue-file.js';
import { join } from 'node:path';
import { isYaml, walk } from '../engine/check-files.js';
import { packageRoot } from '../engine/paths.js';
import { loadCatalogue } from '../engine/registry.js';
import { readYamlCheckRaw } from '../engine/yaml-checks.js';
import { isProvidedFact } from '../providers/registry.js';

const checks = await loadCatalogue([], { isKnownFact: isProvidedFact });
// the built-in YAML checks in the order loadBuiltinChecks reads them
const yaml = walk(join(packageRoot, 'checks'))
  .filter(isYaml)
  .map((f): [string, unknown] => [f, readYamlCheckRaw(f)]);
writeFileSync(CATALOGUE_FILE, catalogueText(checks, yaml));
process.stdout.write(`wrote ${CATALOGUE_FILE}: ${checks.length} checks\n`);
