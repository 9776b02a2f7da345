import { type TemplateResult, html, nothing, render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AddressedMedia, Media, QuoteMedia } from '../data/model.js';
import { providerOf } from '../data/media-kind.js';
import { pickText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { SourceRenderer } from './context.js';
import { PLAYER_ORIGINS, pageName, playerAddress } from './media-players.js';
import { mediaStyles } from './media.styles.js';
import { richTextElement } from './rich-text-html.js';

/**
 * Media other than images, in the detail card and the slide: a quotation, a video or audio
 * player, a link card. Loaded the first time an event has such media.
 *
 * A player is a button until the reader presses it: no request reaches the provider before
 * (not even for a still frame), and then only a sandboxed iframe from `PLAYER_ORIGINS`. Where
 * the page's Content Security Policy refuses that frame, the refusal is seen (a
 * `securitypolicyviolation` event) and every player of the page becomes a link instead. On a
 * kiosk, where a visitor cannot leave the page, the link is a QR code.
 */

/** What one slot shows of its media: the play button, the player, or a link. */
type PlayerState = 'ready' | 'playing' | 'blocked';

interface Slot {
  state: PlayerState;
  /** The quote's sanitised nodes, made once: a node can be in one place only. */
  quote?: { text: string; element: HTMLElement };
  redraw?: () => void;
}

const slots = new WeakMap<HTMLElement, Slot>();
/** Documents whose policy refused a player: their players are links from then on. */
const blockedIn = new WeakSet<Document>();
/** Slots waiting to hear whether their player was refused, by document. */
const watching = new WeakMap<Document, Set<Slot>>();

/** The sandbox of a player: its own scripts and origin, full screen, links in a new tab. */
const SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

function watch(doc: Document, slot: Slot): void {
  let waiting = watching.get(doc);
  if (!waiting) {
    const all = new Set<Slot>();
    waiting = all;
    watching.set(doc, all);
    doc.addEventListener(
      'securitypolicyviolation',
      (event) => {
        if (!PLAYER_ORIGINS.some((origin) => event.blockedURI.startsWith(origin))) return;
        blockedIn.add(doc);
        for (const waiting of all) {
          waiting.state = 'blocked';
          waiting.redraw?.();
        }
        all.clear();
      },
      true,
    );
  }
  waiting.add(slot);
}

/** A sentence of caption and credit under a medium, when the file gives them. */
function caption(m: Messages, media: Media, credit = (text: string) => text) {
  const said = pickText(media.caption, m.lang);
  const by = pickText(media.credit, m.lang);
  if (!said.text && !by.text) return nothing;
  return html`<figcaption>
    ${said.text ? html`<span lang=${ifDefined(said.lang)}>${said.text}</span>` : nothing}
    ${by.text ? html`<span class="media-credit" lang=${ifDefined(by.lang)}>${credit(by.text)}</span>` : nothing}
  </figcaption>`;
}

function link(src: string, label: TemplateResult | string) {
  return html`<a href=${src} target="_blank" rel="noopener noreferrer">${label}</a>`;
}

function quote(m: Messages, media: QuoteMedia, slot: Slot) {
  const text = pickText(media.quote, m.lang);
  if (slot.quote?.text !== text.text) {
    slot.quote = { text: text.text, element: richTextElement(text.text) };
  }
  return html`<figure class="detail-media media-quote" part="detail-media">
    <blockquote lang=${ifDefined(text.lang)}>${slot.quote.element}</blockquote>
    ${caption(m, media, (by) => `— ${by}`)}
  </figure>`;
}

/** A page elsewhere: its provider and name, as a link (on a kiosk, a QR code). */
function linkCard(m: Messages, media: AddressedMedia, provider: string, qr?: SourceRenderer) {
  const page = pageName(media.src);
  return html`<figure class="detail-media media-link" part="detail-media">
    ${
      qr
        ? qr(media.src, `${provider}: ${page}`, undefined)
        : link(
            media.src,
            html`<span class="media-provider">${m.openOn(provider)}</span>
              <span class="media-page">${page}</span>`,
          )
    }
    ${caption(m, media)}
  </figure>`;
}

function player(
  m: Messages,
  media: AddressedMedia,
  provider: string,
  address: string,
  slot: Slot,
  doc: Document,
  qr?: SourceRenderer,
) {
  const audio = media.kind === 'audio';
  if (qr) {
    return html`<figure class="detail-media media-link" part="detail-media">
      ${qr(media.src, m.scanToPlay(provider, audio), m.lang)} ${caption(m, media)}
    </figure>`;
  }
  if (slot.state === 'blocked' || blockedIn.has(doc)) {
    return html`<figure class="detail-media media-link" part="detail-media">
      <p class="media-note">${m.playersBlocked(provider)}</p>
      ${link(
        media.src,
        html`<span class="media-provider">${m.openOn(provider)}</span>
          <span class="media-page">${pageName(media.src)}</span>`,
      )}
      ${caption(m, media)}
    </figure>`;
  }
  const play = () => {
    slot.state = 'playing';
    watch(doc, slot);
    slot.redraw?.();
  };
  return html`<figure
    class="detail-media media-player ${audio ? 'media-audio' : 'media-video'}"
    part="detail-media"
  >
    ${
      slot.state === 'playing'
        ? html`<iframe
            src=${address}
            title=${m.player(provider)}
            sandbox=${SANDBOX}
            allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
            allowfullscreen
            referrerpolicy="strict-origin-when-cross-origin"
          ></iframe>`
        : html`<button type="button" class="media-play" @click=${play}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14l11-7z"></path></svg>
            <span>${m.playMedia(provider, audio)}</span>
            <span class="media-note">${m.loadsOnPlay(provider)}</span>
          </button>`
    }
    ${caption(m, media)}
    <p class="media-open">${link(media.src, m.openOn(provider))}</p>
  </figure>`;
}

/**
 * The address of a medium in full, http or https: a relative one (of a dataset given as a
 * property) is the page's; any other scheme shows nothing.
 */
function absolute(media: AddressedMedia, doc: Document): AddressedMedia | undefined {
  try {
    const url = new URL(media.src, doc.baseURI);
    return /^https?:$/.test(url.protocol) ? { ...media, src: url.href } : undefined;
  } catch {
    return undefined;
  }
}

function template(m: Messages, given: Media, slot: Slot, doc: Document, qr?: SourceRenderer) {
  if (given.kind === 'quote') return quote(m, given, slot);
  const media = absolute(given, doc);
  if (!media) return caption(m, given);
  const provider = providerOf(media.src)?.name ?? pageName(media.src).split('/')[0]!;
  const address =
    media.kind === 'video' || media.kind === 'audio' ? playerAddress(media.src) : undefined;
  return address
    ? player(m, media, provider, address, slot, doc, qr)
    : linkCard(m, media, provider, qr);
}

/** Adds the media styles to the shadow root the slot is in, once. */
function adopt(target: HTMLElement): void {
  const root = target.getRootNode();
  const sheet = mediaStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * Draws `media` into `target`, an element of the card's that stays the same for this media:
 * what the reader did there (pressed play) is kept between draws. `qr` is the kiosk's way to
 * show an address; without it, addresses are links.
 */
export function renderMedia(
  target: HTMLElement,
  m: Messages,
  media: Media,
  qr?: SourceRenderer,
): void {
  let slot = slots.get(target);
  if (!slot) {
    slot = { state: 'ready' };
    slots.set(target, slot);
  }
  const draw = () => {
    adopt(target);
    render(template(m, media, slot, target.ownerDocument, qr), target);
  };
  slot.redraw = draw;
  draw();
}
