import type { ReactiveControllerHost } from 'lit';
import type { ViewRange } from '../layout/view-range.js';
import { adoptStyles } from '../modes/adopt-styles.js';
import { whenIdle } from '../scheduler.js';

type CardModule = typeof import('../view/detail-card.js');

/** The element as the card's loader sees it. */
export interface CardHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly selected: string | null;
}

/** What the card needs from the rest of the widget. */
export interface CardContext {
  view(): ViewRange | undefined;
  home(): ViewRange | undefined;
  /** Moves the view, eased. */
  show(view: ViewRange): void;
  /** How many style sheets are the element's own: the card's go after them. */
  ownStyles: number;
}

/** The card once its chunk is there. */
export interface LoadedCard {
  readonly render: CardModule['renderDetailCard'];
  /** Keeps the card off the chosen mark. */
  readonly place: InstanceType<CardModule['CardPlaceController']>;
  readonly rich: InstanceType<CardModule['RichText']>;
}

/**
 * The detail card (its template, styles, placement beside the mark and rich text) is a chunk
 * of its own: the first view does not show it. It is loaded on the first choice, or ahead
 * while the reader looks at the first drawing, so a click rarely waits; an update that
 * chooses an event completes once the card is drawn.
 */
export class CardLoader {
  card?: LoadedCard;
  /** The last render chose an event whose card waits for its chunk. */
  private waiting = false;
  private loading?: Promise<void>;
  private failed = false;
  private ahead = false;
  /** The chunk arrived while a chosen event's card waited for it. */
  private late = false;

  constructor(
    private readonly host: CardHost,
    private readonly context: CardContext,
  ) {}

  /** At render: whether a chosen event's card is wanted; loads the chunk if so. */
  want(chosen: boolean): void {
    this.waiting = chosen && !this.card && !this.failed;
    if (this.waiting) this.load();
  }

  /** Whether the last render left out a chosen event's card: events wait for it. */
  get pending(): boolean {
    return this.waiting;
  }

  /** For `getUpdateComplete`: settles once the chunk has arrived (or failed), if awaited. */
  get arrival(): Promise<void> | undefined {
    return this.waiting ? this.loading : undefined;
  }

  /**
   * After an update: whether it drew a card that had waited for its chunk. Such a card takes
   * room from the drawing (a phone's sheet, an upright kiosk) after the frame began, and the
   * drawing is laid out for it before that frame is painted (as it is when the card came
   * with the choice).
   */
  drewLate(): boolean {
    const late = this.late;
    this.late = false;
    return late;
  }

  /** Once the drawing is shown: fetch the chunk when the browser is next idle. */
  fetchAhead(): void {
    if (this.ahead) return;
    this.ahead = true;
    whenIdle(() => this.load());
  }

  private load(): void {
    const { host, context } = this;
    this.loading ??= import('../view/detail-card.js').then(
      (card) => {
        adoptStyles(host, card.detailCardStyles, context.ownStyles);
        this.card = {
          render: card.renderDetailCard,
          place: new card.CardPlaceController(host, context),
          rich: new card.RichText(host),
        };
        this.late = this.waiting;
        host.requestUpdate();
      },
      // Offline: no card, and what waited for it goes ahead.
      () => {
        this.failed = true;
        host.requestUpdate();
      },
    );
  }
}
