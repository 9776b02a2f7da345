// What the embed-code generator needs to write a dataset as the list a page puts inside
// <diplomacy-timeline> for readers without JavaScript; the CLI's `html` command writes the
// same. `npm run build` bundles it as dist/demo/list-writer.js.
export { datasetToList } from '../src/data/inline-write.js';
export { en } from '../src/i18n/en.js';
export { id } from '../src/i18n/id.js';
