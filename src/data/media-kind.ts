/**
 * What an event's media is, and who serves it. The dataset may say (`media.kind`); when it
 * does not, the address decides: a known video or audio provider's page is a player, a known
 * page (Wikipedia, a post, a map, a document) is a link, and anything else is an image, as
 * media always were.
 */
export const MEDIA_KINDS = ['image', 'video', 'audio', 'quote', 'link'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
/** The kinds that live at an address: all but a quote. */
export type AddressedKind = Exclude<MediaKind, 'quote'>;

/** A provider: its name, what its addresses hold, and a test of `host/path` (no `www.`). */
type Provider = readonly [name: string, kind: AddressedKind, where: RegExp];

const PROVIDERS: readonly Provider[] = [
  ['YouTube', 'video', /^(?:[\w-]+\.)*(?:youtube(?:-nocookie)?\.com|youtu\.be)\//],
  ['Vimeo', 'video', /^(?:[\w-]+\.)*vimeo\.com\//],
  ['Dailymotion', 'video', /^(?:[\w-]+\.)*(?:dailymotion\.com|dai\.ly)\//],
  ['SoundCloud', 'audio', /^(?:[\w-]+\.)*soundcloud\.com\//],
  ['Wikipedia', 'link', /^(?:[\w-]+\.)*wikipedia\.org\//],
  ['X (Twitter)', 'link', /^(?:mobile\.)?(?:twitter|x)\.com\//],
  ['Instagram', 'link', /^instagram\.com\//],
  ['Spotify', 'link', /^(?:open\.)?spotify\.com\//],
  [
    'Google Maps',
    'link',
    /^(?:google\.[a-z.]+\/maps|maps\.google\.[a-z.]+\/|maps\.app\.goo\.gl\/)/,
  ],
  ['Google Docs', 'link', /^(?:docs|drive)\.google\.com\//],
  ['DocumentCloud', 'link', /^(?:[\w-]+\.)*documentcloud\.org\//],
];

/** The provider of an http(s) address, when it is one we know. */
export function providerOf(src: string): { name: string; kind: AddressedKind } | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  const where = url.hostname.replace(/^www\./, '') + url.pathname;
  const found = PROVIDERS.find(([, , test]) => test.test(where));
  return found && { name: found[0], kind: found[1] };
}

/** The kind of media at `src` when the dataset does not say. */
export function mediaKindOf(src: string): AddressedKind {
  return providerOf(src)?.kind ?? 'image';
}
