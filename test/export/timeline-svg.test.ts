import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { type ImageInput, timelineSvg } from '../../src/export/timeline-svg.js';
import { en } from '../../src/i18n/en.js';
import { indexEvents } from '../../src/layout/event-index.js';
import { labelWidthCache } from '../../src/layout/label-width.js';
import { layoutRows } from '../../src/layout/rows.js';
import { embedSizes } from '../../src/layout/sizes.js';
import { layoutTimeline } from '../../src/layout/timeline-layout.js';
import { ViewRange } from '../../src/layout/view-range.js';

const dataset = normaliseDataset({
  title: { en: 'Digital <diplomacy> & "friends"', id: 'Diplomasi digital' },
  categories: [{ id: 'institution', label: 'Institution', color: '#0f7a58' }],
  events: [
    {
      id: 'dg',
      start: '2002',
      title: 'Directorate General founded',
      category: 'institution',
      sources: [{ label: 'Putri (2021)', url: 'https://example.org/putri' }],
    },
    { id: 'dcc', start: '2017', title: 'Command <script>', sources: [] },
    { id: 'era', start: '2014', end: '2019', title: 'First cabinet' },
  ],
});

function input(width = 800): ImageInput {
  const index = indexEvents(dataset.events);
  const rows = layoutRows(320, 1, embedSizes.rows);
  const view = new ViewRange(new Date(2000, 0, 1).getTime(), new Date(2020, 0, 1).getTime());
  // As the element measures labels: estimated at 13 px, with 8 px of padding, at most 190 px.
  const labelWidth = labelWidthCache(3, (i) => dataset.events[i]!.title['*']!, 13, 8);
  const layout = layoutTimeline({
    index,
    view,
    width,
    lanes: rows.lanes,
    labelWidth,
    pinned: [],
    metrics: embedSizes.metrics,
  });
  return {
    layout,
    rows,
    width,
    dataset,
    m: en,
    dotRadius: embedSizes.metrics.dotRadius,
    targetSize: 28,
    theme: {
      background: '#ffffff',
      color: '#1d232a',
      muted: '#56606b',
      mark: '#3b5bab',
      axis: '#8a949e',
      grid: '#e6e9ed',
      surface: '#f4f6f8',
      fontFamily: 'Georgia, "Times New Roman", serif',
      labelFontPx: embedSizes.labelFontPx,
    },
    address: 'https://example.org/article?x=1&y=2',
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed SVG').to.equal(null);
  return doc;
}

describe('timelineSvg', () => {
  it('is as wide as the view and tall enough for title, drawing and source line', () => {
    const { svg, width, height } = timelineSvg(input(800));
    const root = parse(svg).documentElement;
    expect(width).to.equal(800);
    expect(root.getAttribute('width')).to.equal('800');
    expect(root.getAttribute('viewBox')).to.equal(`0 0 800 ${height}`);
    // 40 px of title, the drawing down to its axis labels, two 16 px lines of sources.
    expect(height).to.equal(40 + layoutRows(320, 1, embedSizes.rows).axisTop + 30 + 6 + 2 * 16);
  });

  it('writes the title, every label in view, the axis and a source line, as escaped text', () => {
    const doc = parse(timelineSvg(input()).svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(doc.querySelector('title')!.textContent).to.equal('Digital <diplomacy> & "friends"');
    expect(texts[0]).to.equal('Digital <diplomacy> & "friends"');
    expect(texts).to.include('Directorate General founded');
    expect(texts).to.include('Command <script>');
    expect(texts).to.include('First cabinet');
    expect(texts).to.include('2010');
    expect(texts.slice(-2)).to.deep.equal([
      'Sources: Putri (2021)',
      'https://example.org/article?x=1&y=2',
    ]);
    // Untrusted text stays text: no element came from a title.
    expect(doc.querySelector('script, diplomacy')).to.equal(null);
  });

  it('colours marks by category and uses the theme’s font', () => {
    const doc = parse(timelineSvg(input()).svg);
    expect(doc.documentElement.getAttribute('font-family')).to.equal(
      'Georgia, "Times New Roman", serif',
    );
    const fills = [...doc.querySelectorAll('circle')].map((c) => c.getAttribute('fill'));
    expect(fills).to.include('#0f7a58');
    expect(fills).to.include('#3b5bab');
  });

  it('wraps a long list of sources onto two lines at most', () => {
    const base = input(300);
    const many = normaliseDataset({
      events: [
        {
          id: 'a',
          start: '2010',
          title: 'A',
          sources: Array.from({ length: 12 }, (_, i) => ({ label: `Source number ${i}` })),
        },
      ],
    });
    const layout = {
      ...base.layout,
      marks: [
        { index: 0, x: 100, lane: 0, labelWidth: 20, flipped: false, lines: 1, cut: true } as const,
      ],
      ranges: [],
    };
    const doc = parse(timelineSvg({ ...base, dataset: many, layout }).svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!);
    const [first, second, address] = texts.slice(-3);
    expect(first).to.match(/^Sources: Source number 0; /);
    expect(second).to.match(/…$/);
    expect(address).to.equal('https://example.org/article?x=1&y=2');
  });

  it('shortens a label to the room the layout gave it', () => {
    const base = input();
    const [mark] = base.layout.marks;
    const layout = { ...base.layout, marks: [{ ...mark!, labelWidth: 60 }] };
    const doc = parse(timelineSvg({ ...base, layout }).svg);
    const label = [...doc.querySelectorAll('text')].find((t) => t.textContent!.endsWith('…'));
    expect(label, 'an ellipsised label').to.exist;
    expect(label!.textContent!.length).to.be.below(12);
  });
});
