/**
 * Colours for categories a file names without colouring (TimelineJS groups, CSV categories
 * without `category_color`), in order: those of the default dataset, each 3:1 or more
 * against both themes' backgrounds.
 */
export const CATEGORY_PALETTE = ['#0f7a58', '#3d6cc4', '#9a7400', '#9a49bb', '#c2434f'] as const;

export function paletteColor(i: number): string {
  return CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]!;
}
