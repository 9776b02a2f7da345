// Boxes on the screen, as a reader sees one thing drawn over another.

/**
 * Whether boxes `a` and `b` cover each other by more than `slack` px each way: a slack of half
 * a pixel lets boxes that only touch at a rounded edge pass.
 */
export function overlap(a: DOMRect, b: DOMRect, slack = 0): boolean {
  return (
    a.left < b.right - slack &&
    b.left < a.right - slack &&
    a.top < b.bottom - slack &&
    b.top < a.bottom - slack
  );
}
