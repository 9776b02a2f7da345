import { type CSSResult, unsafeCSS } from 'lit';
import { type Sizes, compactSizes, compactWidth, embedSizes } from '../layout/sizes.js';

/**
 * The sizes the layout places marks by, as custom properties on `host` (a mode's selector) for
 * the styles to draw them by (view/marks.styles.ts), so the two cannot drift apart: the dot,
 * the mark's height (its tap target, --_tap, as tall as a cluster badge), the gap from the dot
 * to its label, and the label's type size and padding. Each is times --_s: 1px, or a
 * presentation's factor (view/presentation.styles.ts).
 */
export const sizeProperties = (
  { metrics: m, labelFontPx, labelPadding }: Sizes,
  host = ':host',
): CSSResult =>
  unsafeCSS(
    `${host}{--_s:1px;--_dot:calc(${2 * m.dotRadius} * var(--_s));--_tap:calc(${m.minBadge} * var(--_s));--_gap:calc(${m.markWidth - 2 * m.dotRadius} * var(--_s));--_label:calc(${labelFontPx} * var(--_s));--_pad:calc(${labelPadding / 2} * var(--_s))}`,
  );

/**
 * The embed's sizes, and in a widget no wider than compactWidth (its own box, as the element
 * measures it, element/timeline-parts.ts) the compact ones; kiosk and presentation
 * set their own.
 */
export const embedSizeProperties = [
  sizeProperties(embedSizes),
  unsafeCSS(
    `@container timeline (max-width:${compactWidth}px){${sizeProperties(compactSizes, ":host(:not([mode='kiosk'],[mode='presentation'])) .frame").cssText}}`,
  ),
];
