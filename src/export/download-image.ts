import { pickText } from '../i18n/format.js';
import type { TimelineLayout } from '../layout/timeline-layout.js';
import type { ViewContext } from '../view/context.js';
import {
  type ImageInput,
  type ImageTheme,
  type TimelineImage,
  timelineSvg,
} from './timeline-svg.js';

/**
 * "Download image": the current view as SVG, or as PNG drawn from that SVG on a canvas. This
 * module is loaded with import() on the first download, so pages that never export never
 * load it.
 */
export type ImageFormat = 'png' | 'svg';

/** The theme's colours and font as the page resolved them (its --dt-* settings included). */
export function themeOf(host: HTMLElement): ImageTheme {
  // A theme colour is a light-dark() pair, which a custom property keeps as written: a probe
  // inside the widget, with the widget's color-scheme, turns each into the colour it shows.
  const probe = document.createElement('i');
  (host.shadowRoot ?? host).append(probe);
  const read = (name: string, fallback: string) => {
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color;
  };
  try {
    return {
      background: read('--_bg', '#ffffff'),
      color: read('--_fg', '#1d232a'),
      muted: read('--_muted', '#56606b'),
      mark: read('--_mark', '#3b5bab'),
      axis: read('--_axis', '#8a949e'),
      grid: read('--_grid', '#e6e9ed'),
      surface: read('--_surface', '#f4f6f8'),
      fontFamily: getComputedStyle(host).fontFamily || 'sans-serif',
      labelFontPx: labelFontPx(probe),
    };
  } finally {
    probe.remove();
  }
}

/**
 * The size the drawing's labels are shown at (view/marks.styles.ts): the mode's, set from its
 * Sizes (view/size-properties.ts), unless the page sets --dt-label-font-size.
 */
function labelFontPx(probe: HTMLElement): number {
  probe.style.fontSize = 'var(--dt-label-font-size, var(--_label))';
  return parseFloat(getComputedStyle(probe).fontSize);
}

/** PNG pixels per CSS pixel: sharp on a projector or in a printed handout. */
export const PNG_SCALE = 2;

/** The picture as a file: SVG text, or a PNG at PNG_SCALE. */
export async function imageBlob(image: TimelineImage, format: ImageFormat): Promise<Blob> {
  const svg = new Blob([image.svg], { type: 'image/svg+xml' });
  if (format === 'svg') return svg;
  const url = URL.createObjectURL(svg);
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * PNG_SCALE;
    canvas.height = image.height * PNG_SCALE;
    const context = canvas.getContext('2d')!;
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from the dataset's title: "indonesia-s-digital-diplomacy.png". */
export function imageFileName(title: string, format: ImageFormat): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'timeline'}.${format}`;
}

/** Makes the picture of the current view and hands it to the browser as a download. */
export async function downloadImage(
  host: HTMLElement,
  format: ImageFormat,
  drawing: { readonly ctx: ViewContext; readonly layout: TimelineLayout },
): Promise<void> {
  const input: ImageInput = {
    ...drawing.ctx,
    layout: drawing.layout,
    theme: themeOf(host),
    address: location.href.replace(/#.*$/, ''),
  };
  const image = timelineSvg(input);
  const blob = await imageBlob(image, format);
  const title = input.dataset.title ? pickText(input.dataset.title, input.m.lang).text : '';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = imageFileName(title, format);
  link.hidden = true;
  // In the shadow root, not the page: the host page's DOM is not ours to touch.
  (host.shadowRoot ?? host).append(link);
  link.click();
  link.remove();
  // The download reads the file after this task; a minute is ample before it is freed.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
