import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { DatasetError, type Problem } from '../../src/data/problems.js';

/** The problems a dataset is rejected with; fails the test when it is accepted. */
export function problemsOf(input: unknown): readonly Problem[] {
  try {
    normaliseDataset(input);
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  expect.fail('the dataset was accepted');
}
