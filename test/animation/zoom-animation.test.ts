import { expect } from '@open-wc/testing';
import { zoomIdentity } from 'd3-zoom';
import { ZoomAnimation, zoomPath } from '../../src/animation/zoom-animation.js';
import { until } from '../helpers.js';

describe('zoomPath', () => {
  it('zooms about the middle of the drawing when both views share it', () => {
    const width = 1000;
    const from = zoomIdentity;
    // Twice as close, about x = 500: translate(-500) then scale(2).
    const to = zoomIdentity.translate(-500, 0).scale(2);
    const path = zoomPath(from, to, width);
    for (const t of [0, 0.25, 0.5, 0.75]) {
      expect(path(t).invertX(500), `t = ${t}`).to.be.closeTo(500, 1e-9);
    }
    expect(path(0.5).k).to.be.closeTo(Math.SQRT2, 1e-9);
    expect(path(1)).to.equal(to);
  });
});

describe('ZoomAnimation', () => {
  it('steps from the first transform to the second, one step a frame, then says it is done', async () => {
    const animation = new ZoomAnimation();
    const to = zoomIdentity.translate(-500, 0).scale(2);
    const steps: number[] = [];
    let done = false;
    animation.start(
      zoomIdentity,
      to,
      1000,
      (t) => steps.push(t.k),
      () => (done = true),
    );
    expect(steps).to.have.length(0);
    expect(animation.running).to.equal(true);
    await until(() => done);
    expect(animation.running).to.equal(false);
    expect(steps.length).to.be.greaterThan(2);
    expect(steps.at(-1)).to.equal(2);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).to.be.at.least(steps[i - 1]!);
  });

  it('stops where it is when stopped, and never says it is done', async () => {
    const animation = new ZoomAnimation();
    const steps: number[] = [];
    let done = false;
    animation.start(
      zoomIdentity,
      zoomIdentity.scale(4),
      1000,
      (t) => steps.push(t.k),
      () => (done = true),
    );
    await until(() => steps.length > 0);
    animation.stop();
    const stepsThen = steps.length;
    // A second animation, started and finished after the stop, bounds the wait.
    let second = false;
    animation.start(
      zoomIdentity,
      zoomIdentity.scale(2),
      1000,
      () => {},
      () => (second = true),
    );
    await until(() => second);
    expect(steps).to.have.length(stepsThen);
    expect(done).to.equal(false);
  });
});
