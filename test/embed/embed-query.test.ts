import { expect } from '@open-wc/testing';
import { readEmbedQuery } from '../../src/embed/embed-query.js';
import { describeProblem } from '../../src/i18n/format.js';
import { en } from '../../src/i18n/en.js';
import { id } from '../../src/i18n/id.js';

describe('readEmbedQuery', () => {
  it('turns each known parameter into the attribute of the same name, and keeps id apart', () => {
    const config = readEmbedQuery(
      '?src=events.json&lang=id&start=2015&end=2018-06&selected=digital-command-center&theme=dark&mode=presentation&id=story-1',
    );
    expect(config.problems).to.deep.equal([]);
    expect(config.attributes).to.deep.equal({
      src: 'events.json',
      lang: 'id',
      start: '2015',
      end: '2018-06',
      selected: 'digital-command-center',
      theme: 'dark',
      mode: 'presentation',
    });
    expect(config.id).to.equal('story-1');
  });

  it('reads encoded addresses as they were written', () => {
    const src = 'https://example.org/data/events.csv?v=2&lang=en';
    const config = readEmbedQuery(`?src=${encodeURIComponent(src)}`);
    expect(config.attributes.src).to.equal(src);
    expect(config.problems).to.deep.equal([]);
  });

  it('reports an unknown parameter by name, with the ones it knows, in both languages', () => {
    const [problem] = readEmbedQuery('?src=a.json&strat=2016').problems;
    expect(problem).to.deep.include({ code: 'unknownParameter', path: ['strat'] });
    expect(describeProblem(en, problem!)).to.equal(
      'strat: no such parameter (use src, lang, start, end, selected, theme, mode, id).',
    );
    expect(describeProblem(id, problem!)).to.contain('strat: parameter ini tidak ada');
  });

  it('reports a date that is not one, naming the parameter', () => {
    const problems = readEmbedQuery('?src=a.json&start=2017-13-01&end=soon').problems;
    expect(problems.map((p) => p.code)).to.deep.equal(['notDate', 'notDate']);
    expect(describeProblem(en, problems[0]!)).to.equal(
      'start: "2017-13-01" is not a date (write 2017, 2017-01 or 2017-01-10).',
    );
    expect(problems[1]).to.deep.include({ path: ['end'], value: 'soon' });
  });

  it('reports a range that ends before it starts', () => {
    const [problem] = readEmbedQuery('?src=a.json&start=2018&end=2016').problems;
    expect(problem).to.deep.include({ code: 'endBeforeStart', path: ['end'] });
  });

  it('reports a missing src, since there is nothing to show without one', () => {
    const [problem] = readEmbedQuery('?lang=en').problems;
    expect(describeProblem(en, problem!)).to.equal('src is missing.');
  });
});
