/**
 * Which element each drawn item (mark, range, cluster) is drawn in, frame after frame. An item
 * still drawn keeps its element. An item new to the frame takes over the element of one that
 * left from between the same two items that stayed, and of the same kind, so that element only
 * has its changed bindings written: nothing is cloned, inserted or removed for it, and the
 * order of the elements stays the time order. Zooming a crowded view replaces half its marks
 * or more each frame, each made anew and the one it replaced removed (`npm run bench`,
 * render+layout per frame: 10,000 events, a third of the frame's work). Elements are never
 * taken from elsewhere: `repeat` would move them into place, and where the one taken is not
 * at an end, it moves every element between instead, the focused one losing its focus.
 */
export class DrawnSlots {
  private ids: readonly number[] = [];
  private slots: number[] = [];
  private kinds: readonly string[] = [];
  private held: readonly number[] = [];
  private next = 0;

  /**
   * The slot (a key for `repeat`) of each item. `ids` name the items, one each, in time order
   * as in the last call; `kinds` say which can take over which (the same template: a mark's
   * element takes the new event's colour at once, marks.styles.ts fading only the chosen dot);
   * `held` items (the focused one, the chosen one) hand their element to no other, now or in
   * the next frame: focus stays with its event; one new to the frame (chosen out of view) gets
   * an element of its own, or its dot would fade from the colour of the event before.
   */
  assign(ids: readonly number[], kinds: readonly string[], held: readonly number[]): number[] {
    const was = new Map<number, number>();
    this.ids.forEach((id, i) => was.set(id, i));
    const now = new Set(ids);
    const hold = new Set([...held, ...this.held]);
    // Old items whose element is free to take over: left the drawing, and not held.
    const free = this.ids.map((id) => !now.has(id) && !hold.has(id));
    const slots = new Array<number>(ids.length);
    let from = 0;
    let waiting: number[] = [];
    // The items new since the last one that stayed take the free elements of the items between
    // that one and the next that stayed, each the first of its kind.
    const handOver = (to: number) => {
      for (const j of waiting) {
        let donor = hold.has(ids[j]!) ? to : from;
        while (donor < to && !(free[donor] && this.kinds[donor] === kinds[j])) donor++;
        if (donor < to) free[donor] = false;
        slots[j] = donor < to ? this.slots[donor]! : this.next++;
      }
      waiting = [];
    };
    ids.forEach((id, j) => {
      const i = was.get(id);
      if (i === undefined) return void waiting.push(j);
      handOver(i);
      slots[j] = this.slots[i]!;
      from = i + 1;
    });
    handOver(this.ids.length);
    [this.ids, this.slots, this.kinds, this.held] = [ids, slots, kinds, held];
    return slots;
  }
}
