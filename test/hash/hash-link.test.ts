import { expect } from '@open-wc/testing';
import { linkRange, readHashLink, writeHashLink } from '../../src/hash/hash-link.js';

describe('hash links', () => {
  it('reads the chosen event and the range under its own prefix only', () => {
    const hash =
      '#intro&dt-event=digital-command-center&map-event=bssn-established&dt-range=2015-01-01~2019-06-30';
    expect(readHashLink(hash, 'dt')).to.deep.equal({
      event: 'digital-command-center',
      range: ['2015-01-01', '2019-06-30'],
    });
    expect(readHashLink(hash, 'map')).to.deep.equal({ event: 'bssn-established' });
    expect(readHashLink('', 'dt')).to.deep.equal({});
  });

  it('replaces its own keys and keeps the page’s anchors and other widgets’ keys', () => {
    const hash = '#intro&map-event=bssn-established&dt-event=old';
    expect(writeHashLink(hash, 'dt', { event: 'digital-command-center' })).to.equal(
      '#intro&map-event=bssn-established&dt-event=digital-command-center',
    );
    expect(writeHashLink(hash, 'dt', {})).to.equal('#intro&map-event=bssn-established');
    expect(writeHashLink('#dt-event=a', 'dt', {})).to.equal('');
  });

  it('round-trips ids that need escaping, and ignores a mangled escape', () => {
    const hash = writeHashLink('', 'dt', { event: 'a&b=c d' });
    expect(readHashLink(hash, 'dt').event).to.equal('a&b=c d');
    expect(readHashLink('#dt-event=%E0%A4%A', 'dt')).to.deep.equal({});
  });

  it('writes long views as days and short ones as instants', () => {
    const start = new Date(2015, 0, 1).getTime();
    expect(linkRange(start, new Date(2019, 5, 30, 12).getTime())).to.deep.equal([
      '2015-01-01',
      '2019-06-30',
    ]);
    const [from, to] = linkRange(start, start + 3 * 3600 * 1000);
    expect(new Date(from).getTime()).to.equal(start);
    expect(new Date(to).getTime()).to.equal(start + 3 * 3600 * 1000);
  });
});
