import { expect } from '@open-wc/testing';
import { datasetJsonSchema } from '../../src/data/json-schema.js';

describe('data/schema.json', () => {
  it('is the JSON Schema of the very definition the widget validates with (run `npm run schema`)', async () => {
    const onDisk = (await (await fetch('/data/schema.json')).json()) as unknown;
    expect(onDisk).to.deep.equal(datasetJsonSchema());
  });

  it('tells editors the date pattern, so a bad date is flagged as the author types', () => {
    const text = JSON.stringify(datasetJsonSchema());
    expect(text).to.contain('\\\\d{4}(?:-\\\\d{2}(?:-\\\\d{2})?)?');
  });
});
