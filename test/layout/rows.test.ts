import { expect } from '@open-wc/testing';
import { defaultRowSizes, fillRows, layoutRows } from '../../src/layout/rows.js';

describe('layoutRows', () => {
  it('stacks lanes up from the cluster row, as many as fit under the range lanes', () => {
    const rows = layoutRows(420, 2, defaultRowSizes);
    // 420 - 30 (axis) - 6 (density) - 34 (cluster) = 350; ranges end at 4 + 2 × 26 = 56.
    expect(rows.clusterTop).to.equal(350);
    expect(rows.lanes).to.equal(Math.floor((350 - 56) / 32));
    expect(rows.laneTop(0)).to.equal(350 - 32);
    expect(rows.laneTop(3)).to.equal(350 - 4 * 32);
    expect(rows.laneTop(rows.lanes - 1)).to.be.at.least(56);
  });

  it('spaces lanes further apart when given a pitch, lane 0 staying by the cluster row', () => {
    const rows = layoutRows(420, 2, defaultRowSizes, 70);
    expect(rows.laneTop(0)).to.equal(350 - 32);
    expect(rows.laneTop(2)).to.equal(350 - 32 - 140);
    expect(rows.laneTop(rows.lanes - 1)).to.be.at.least(56);
    expect(rows.laneTop(rows.lanes)).to.be.below(56);
    expect(rows.laneHeight).to.equal(32);
  });

  it('starts the range bars at the top edge where the sizes say so, which can make a lane', () => {
    // 310 - 30 - 6 - 34 = 240: under 4 + 3 × 26 = 82 that holds four lanes (and 30 px), under
    // 78 five.
    const sizes = { ...defaultRowSizes, barsAtTop: true };
    expect(layoutRows(310, 3, defaultRowSizes).lanes).to.equal(4);
    const rows = layoutRows(310, 3, sizes);
    expect(rows.lanes).to.equal(5);
    expect(rows.rangeLaneTop(2)).to.equal(0);
    expect(rows.laneTop(4)).to.be.at.least(3 * defaultRowSizes.rangeHeight);
    // With no bar above them, the label lanes keep the padding for their labels' ascent.
    expect(layoutRows(106, 2, sizes).rangeLanes).to.equal(0);
    expect(layoutRows(106, 2, sizes).laneTop(0)).to.equal(defaultRowSizes.padding);
  });

  it('drops the range lanes that do not fit above one label lane in a short drawing', () => {
    // 106 - 30 - 6 - 34 = 36: room for one lane (4 + 32), none for a range above it.
    const none = layoutRows(106, 2, defaultRowSizes);
    expect(none.rangeLanes).to.equal(0);
    expect(none.lanes).to.equal(1);
    expect(none.laneTop(0)).to.equal(defaultRowSizes.padding);
    // 26 more pixels: one range lane, sitting right above the label lane.
    const one = layoutRows(132, 2, defaultRowSizes);
    expect(one.rangeLanes).to.equal(1);
    expect(one.rangeLaneTop(0) + defaultRowSizes.rangeHeight).to.be.at.most(one.laneTop(0));
    expect(layoutRows(420, 2, defaultRowSizes).rangeLanes).to.equal(2);
  });
});

describe('fillRows', () => {
  const sizes = { ...defaultRowSizes, laneHeight: 50 };
  const height = 1800;
  const packed = layoutRows(height, 2, sizes);
  const lanesTop = packed.rangeTop + 2 * sizes.rangeHeight;

  it("spreads the lanes the events take up to the top of the lanes' room", () => {
    const rows = fillRows(height, 2, sizes, 1000, () => 5);
    expect(rows.laneTop(4)).to.be.within(lanesTop, lanesTop + 4);
    expect(rows.laneTop(0)).to.equal(packed.laneTop(0));
    expect(rows.lanes).to.be.at.least(5);
    const pitch = rows.laneTop(0) - rows.laneTop(1);
    expect(rows.laneTop(3) - rows.laneTop(4)).to.equal(pitch);
  });

  it('keeps lanes no further apart than the most it is given, the ranges right above them', () => {
    const rows = fillRows(height, 2, sizes, 120, () => 3);
    expect(rows.laneTop(0) - rows.laneTop(1)).to.equal(120);
    expect(rows.lanes).to.equal(3);
    // No empty band between the labels and the ranges: range lane 0 ends where lane 2 starts.
    expect(rows.rangeLaneTop(0) + sizes.rangeHeight).to.equal(rows.laneTop(2));
    expect(rows.rangeLaneTop(1) + sizes.rangeHeight).to.equal(rows.rangeLaneTop(0));
  });

  it('leaves the lanes packed when the events take them all, and goes on up beside the bars', () => {
    for (const used of [packed.lanes, packed.lanes + 4]) {
      const rows = fillRows(height, 2, sizes, 150, () => used);
      expect(rows.laneTop(1), `${used} used`).to.equal(packed.laneTop(1));
      expect(rows.rangeLaneTop(1), `${used} used`).to.equal(packed.rangeTop);
      // The two range lanes (52 pixels) make room for one more 50-pixel lane, level with the
      // lower one's bars: its labels must keep clear of them; the lanes below meet no bar.
      expect(rows.lanes, `${used} used`).to.equal(packed.lanes + 1);
      expect(rows.laneTop(packed.lanes)).to.be.at.least(sizes.padding);
      expect(rows.beside?.[packed.lanes]).to.deep.equal([0]);
      expect(rows.beside?.slice(0, packed.lanes).flat()).to.deep.equal([]);
    }
  });

  it('keeps a lane beside the bars clear of the bars below it too, which its stems cross', () => {
    const tall = { ...sizes, laneHeight: 20, rangeHeight: 45 };
    const rows = fillRows(height, 2, tall, 20, (lanes) => lanes);
    const top = rows.lanes - 1;
    // The topmost lane is level with the upper range lane only; a mark there reaches the axis
    // through the lower one.
    expect(rows.laneTop(top)).to.be.at.least(rows.rangeLaneTop(1));
    expect(rows.laneTop(top) + 20).to.be.at.most(rows.rangeLaneTop(0));
    expect(rows.beside?.[top]).to.deep.equal([0, 1]);
  });

  it('adds no lane beside the bars while the events leave a lane free', () => {
    const rows = fillRows(height, 2, sizes, 50, () => packed.lanes - 1);
    expect(rows.beside).to.equal(undefined);
    expect(rows.lanes).to.equal(packed.lanes - 1);
  });

  it('sets the ranges on the one lane an event takes', () => {
    const rows = fillRows(height, 2, sizes, 150, () => 1);
    expect(rows.lanes).to.equal(1);
    expect(rows.laneTop(0)).to.equal(packed.laneTop(0));
    expect(rows.rangeLaneTop(0) + sizes.rangeHeight).to.equal(rows.laneTop(0));
  });

  it('asks how many lanes the events take out of the lanes that fit packed', () => {
    let asked = 0;
    fillRows(height, 2, sizes, 150, (lanes) => {
      asked = lanes;
      return 2;
    });
    expect(asked).to.equal(packed.lanes);
  });
});
