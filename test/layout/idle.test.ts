import { expect } from '@open-wc/testing';
import { DEFAULT_IDLE_SECONDS, readIdleMs } from '../../src/layout/idle.js';

describe('readIdleMs', () => {
  it('reads seconds, whole or not', () => {
    expect(readIdleMs('30')).to.equal(30_000);
    expect(readIdleMs(' 2.5 ')).to.equal(2500);
    expect(readIdleMs('0')).to.equal(0);
  });

  it('uses the default for a missing, negative or non-numeric value', () => {
    for (const value of [undefined, null, '', '-5', 'soon', '90s', 'NaN', 'Infinity']) {
      expect(readIdleMs(value), String(value)).to.equal(DEFAULT_IDLE_SECONDS * 1000);
    }
    expect(DEFAULT_IDLE_SECONDS).to.equal(90);
  });
});
