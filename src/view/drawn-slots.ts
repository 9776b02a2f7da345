/**
 * Which element each drawn item (mark, range, cluster) is drawn in, frame after frame. An item
 * still drawn keeps its element. An item new to the frame takes over the element of one that
 * left from between the same two items that stayed, and of the same kind, so that element only
 * has its changed bindings written: nothing is cloned, inserted or removed for it. Where none
 * left from there, it takes one that left from elsewhere, which `repeat` moves into place, so
 * the order of the elements stays the time order: a pan frame's new marks come in at one edge
 * as many leave at the other, and a zoom's marks leave at both edges as clusters open in the
 * middle. Zooming a crowded view replaces half its marks or more each frame; each made anew,
 * and the one it replaced removed, was a third of the frame's work (`npm run bench`,
 * render+layout per frame, 10,000 events).
 */
export class DrawnSlots {
  private ids: readonly number[] = [];
  private slots: number[] = [];
  private kinds: readonly string[] = [];
  private held: readonly number[] = [];
  private next = 0;

  /**
   * The slot (a key for `repeat`) of each item. `ids` name the items, one each, in time order
   * as in the last call; `kinds` say which can take over which (the same template; a mark's
   * element takes the new event's colour at once, marks.styles.ts fading only the choice);
   * `held` items (the focused one, the chosen one) hand their element to no other, now or in
   * the next frame: focus stays with its event.
   */
  assign(ids: readonly number[], kinds: readonly string[], held: readonly number[]): number[] {
    const was = new Map<number, number>();
    this.ids.forEach((id, i) => was.set(id, i));
    const now = new Set(ids);
    const hold = new Set([...held, ...this.held]);
    // Old items whose element is free to take over: left the drawing, and not held.
    const free = this.ids.map((id) => !now.has(id) && !hold.has(id));
    const slots = new Array<number>(ids.length);
    const homeless: number[] = [];
    let from = 0;
    let waiting: number[] = [];
    // The items new since the last one that stayed take the free elements of the items between
    // that one and the next that stayed, each the first of its kind.
    const handOver = (to: number) => {
      for (const j of waiting) {
        let donor = from;
        while (donor < to && !(free[donor] && this.kinds[donor] === kinds[j])) donor++;
        if (donor === to) homeless.push(j);
        else {
          free[donor] = false;
          slots[j] = this.slots[donor]!;
        }
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
    // The rest take what is still free of their kind, wherever it was.
    const left = new Map<string, number[]>();
    free.forEach((isFree, i) => {
      if (!isFree) return;
      const ofKind = left.get(this.kinds[i]!) ?? [];
      ofKind.push(this.slots[i]!);
      left.set(this.kinds[i]!, ofKind);
    });
    for (const j of homeless) slots[j] = left.get(kinds[j]!)?.shift() ?? this.next++;
    [this.ids, this.slots, this.kinds, this.held] = [ids, slots, kinds, held];
    return slots;
  }
}
