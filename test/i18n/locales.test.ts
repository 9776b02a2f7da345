import { expect } from '@open-wc/testing';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import { ms } from 'date-fns/locale/ms';
import { en } from '../../src/i18n/en.js';
import { id } from '../../src/i18n/id.js';
import { monthNamesOf } from '../../src/i18n/locales.js';

describe('month names', () => {
  it('are the ones date-fns gives for Indonesian and British English', () => {
    expect(id.months).to.deep.equal(monthNamesOf(idLocale));
    expect(en.months).to.deep.equal(monthNamesOf(enGB));
  });

  it('come from any date-fns locale for a language added at run time', () => {
    const months = monthNamesOf(ms);
    expect(months.wide).to.have.length(12);
    expect(months.wide[0]).to.equal('Januari');
    expect(months.abbreviated[7]).to.equal('Ogo');
  });
});
