import { expect } from '@open-wc/testing';
import { readInline } from '../../src/data/inline.js';
import { normaliseDataset } from '../../src/data/normalise.js';
import { richTextElement } from '../../src/view/rich-text-html.js';

/** Whether a JSON dataset's source keeps the address as a link. */
function linkedFromJson(url: string): boolean {
  const dataset = normaliseDataset({
    events: [{ id: 'a', start: '2016', title: 'A', sources: [{ label: 'Source', url }] }],
  });
  return dataset.events[0]!.sources[0]!.url !== undefined;
}

/** Whether a link written inside the element stays a link. */
function linkedFromList(url: string): boolean {
  const host = document.createElement('div');
  const li = host
    .appendChild(document.createElement('ol'))
    .appendChild(document.createElement('li'));
  li.innerHTML = '<time datetime="2016">2016</time> A <a>Source</a>';
  li.querySelector('a')!.setAttribute('href', url);
  const input = readInline(host) as { events: { sources: { url?: string }[] }[] };
  return input.events[0]!.sources[0]!.url !== undefined;
}

/** Whether a link in a description becomes a link. */
function linkedFromDescription(url: string): boolean {
  return richTextElement(`See [Source](${url}).`).querySelector('a[href]') !== null;
}

describe('which addresses become links', () => {
  const cases: [string, boolean][] = [
    ['https://example.org/a', true],
    ['HTTP://example.org/b', true],
    ['mailto:info@example.org', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:msgbox(1)', false],
    ['ftp://example.org/file', false],
  ];
  for (const [url, linked] of cases) {
    it(`${url}: ${linked ? 'a link' : 'text'} in JSON sources, inline lists and descriptions alike`, () => {
      expect([linkedFromJson(url), linkedFromList(url), linkedFromDescription(url)]).to.deep.equal([
        linked,
        linked,
        linked,
      ]);
    });
  }
});
