// Writes dist/catalogue.json after a build (npm run build / prepare / test): the built-in checks'
// metadata, validated the way a scan validates them (every fact read is one a provider offers).
//   node dist/src/cli/write-catalogue.js
import { writeFileSync } from 'node:fs';
import { CATALOGUE_FILE, catalogueText } from '../engine/catalogue-file.js';
import { loadCatalogue } from '../engine/registry.js';
import { isProvidedFact } from '../providers/registry.js';

const checks = await loadCatalogue([], { isKnownFact: isProvidedFact });
writeFileSync(CATALOGUE_FILE, catalogueText(checks));
process.stdout.write(`wrote ${CATALOGUE_FILE}: ${checks.length} checks\n`);
