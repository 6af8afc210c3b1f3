/** `npm run manifest -w client`: writes the generated settings into package.json. */
import { writeFileSync } from 'node:fs';
import { contributedConfiguration } from './configuration.js';
import { MANIFEST_FILE, readManifest } from './paths.js';

const manifest = readManifest();
manifest.contributes.configuration = contributedConfiguration();
writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote contributes.configuration into ${MANIFEST_FILE}`);
