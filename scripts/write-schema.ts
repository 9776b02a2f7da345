// Writes data/schema.json from the one schema definition in src/data/schema.ts, so editors
// can check datasets as authors type. `npm run schema`; a test keeps the file current.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/data/json-schema.js';

writeFileSync(
  new URL('../data/schema.json', import.meta.url),
  JSON.stringify(datasetJsonSchema(), null, 2) + '\n',
);
console.log('wrote data/schema.json');
