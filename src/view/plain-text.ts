/** The words of rich text without its markup, shown while the sanitiser loads. */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1')
    .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1');
}
