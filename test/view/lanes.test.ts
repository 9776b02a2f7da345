import { expect } from '@open-wc/testing';
import { accessibleName, marks } from '../helpers.js';
import { mount, parts } from '../harness.js';

const dataset = {
  categories: [
    { id: 'policy', label: { en: 'Policy', id: 'Kebijakan' }, color: '#3d6cc4' },
    { id: 'cyber', label: { en: 'Cyber', id: 'Siber' }, color: '#9a49bb' },
  ],
  events: [
    { id: 'a', start: '2002', title: 'Policy one', category: 'policy' },
    { id: 'b', start: '2004', title: 'Cyber one', category: 'cyber' },
    { id: 'c', start: '2010', title: 'Policy two', category: 'policy' },
    { id: 'd', start: '2016', title: 'Cyber two', category: 'cyber' },
  ],
};

describe('group-by="category"', () => {
  it('names one lane per category and draws each event’s label in its category’s lane', async () => {
    const el = await mount({ data: dataset, attributes: { 'group-by': 'category' } });
    const labels = parts(el, 'lane-label');
    expect(labels.map((l) => l.textContent)).to.deep.equal(['Policy', 'Cyber']);
    const laneOf = (top: number) =>
      labels.findIndex((l) => {
        const box = l.getBoundingClientRect();
        return top >= box.top - 1 && top < box.bottom;
      });
    const byTitle = Object.fromEntries(
      marks(el).map((m) => [
        accessibleName(m).split(',')[0],
        laneOf(m.querySelector('[part~="label"]')!.getBoundingClientRect().top + 2),
      ]),
    );
    expect(byTitle).to.deep.equal({
      'Policy one': 0,
      'Cyber one': 1,
      'Policy two': 0,
      'Cyber two': 1,
    });
  });

  it('draws no lane names without it', async () => {
    const el = await mount({ data: dataset });
    expect(parts(el, 'lane-label')).to.be.empty;
  });
});
