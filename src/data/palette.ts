/**
 * The colours a category gets when its file names none, in turn: the default dataset's, each
 * 3:1 or more against both themes' backgrounds. CSV categories and TimelineJS groups take them
 * alike, so a file keeps its colours whichever form it was written in.
 */
export const CATEGORY_PALETTE = ['#0f7a58', '#3d6cc4', '#9a7400', '#9a49bb', '#c2434f'];
