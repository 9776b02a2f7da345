/**
 * Which addresses may become links: http, https and mailto. Anything else (`javascript:`,
 * `data:`, a scheme hidden behind spaces) keeps its label as text. One rule for every reader
 * of dataset text: JSON sources, links written inside the element, and links in descriptions
 * (where DOMPurify is given the same rule as its second guard).
 */
export const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
