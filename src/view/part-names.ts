/**
 * The part names of a header or slide button: `control`, and `control-` with the button's name
 * in kebab-case (`control-zoom-in`), as CSS names are written. Until 0.3 a button named in
 * camelCase also keeps its old part (`control-zoomIn`), so a page's `::part()` rule still
 * matches while the page moves to the new name (README, "Themes").
 */
export function controlParts(name: string): string {
  const kebab = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return kebab === name ? `control control-${name}` : `control control-${kebab} control-${name}`;
}
