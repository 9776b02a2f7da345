/**
 * Which element each drawn item (mark, range, cluster) is drawn in, frame after frame. An item
 * still drawn keeps its element. An item new to the frame takes over the element of one that
 * left from between the same two items that stayed, and of the same kind, so that element only
 * has its changed bindings written: nothing is cloned, inserted or removed for it, and the
 * order of the elements stays the time order. Zooming a crowded view replaces half its marks
 * or more each frame, each made anew and the one it replaced removed (`npm run bench`,
 * render+layout per frame: 10,000 events, a third of the frame's work).
 */
export class DrawnSlots {
  private ids: readonly number[] = [];
  private slots: number[] = [];
  private kinds: readonly string[] = [];
  private held: readonly number[] = [];
  private next = 0;

  /**
   * The slot (a key for `repeat`) of each item. `ids` name the items, one each, in time order
   * as in the last call; `kinds` say which can take over which (the same template, and the
   * same colours: a mark's dot would fade from its old colour to its new one); `held` items
   * (the focused one, the chosen one) hand their element to no other, now or in the next frame:
   * focus stays with its event.
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
        let donor = from;
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
