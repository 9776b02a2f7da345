/**
 * The QR encoder (lean-qr, about 4 KB gzip). Only kiosks need it, so the element loads this
 * module with a dynamic import() and an embedded timeline never downloads it.
 */
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/** A QR code as an SVG path over a square of `size` modules. */
export interface QrCode {
  readonly size: number;
  readonly path: string;
}

export function encodeQr(text: string): QrCode {
  // Level M survives a smudged or glaring screen better than the minimum L.
  const code = generate(text, { minCorrectionLevel: correction.M });
  return { size: code.size, path: toSvgPath(code) };
}
