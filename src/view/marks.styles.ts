import { css } from 'lit';

/**
 * Event marks, range bars and cluster badges. No will-change on them: with 10,000 events each
 * became a compositing layer of its own, which cost the first render more than the gestures,
 * which move them by transform, won from it.
 */
export const markStyles = css`
  .mark,
  .range,
  .cluster {
    position: absolute;
    top: 0;
    left: 0;
    margin: 0;
    font: inherit;
    color: var(--_fg);
    cursor: pointer;
  }

  .mark {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    height: var(--_tap);
    padding: 0;
    border: 0;
    border-radius: 99px;
    background: none;
    white-space: nowrap;
  }

  .mark .dot {
    flex: none;
    width: var(--_dot);
    height: var(--_dot);
    border-radius: 50%;
    background: var(--dt-event-color, var(--_mark));
    border: 2px solid var(--_bg);
    box-shadow: 0 0 0 1px var(--dt-event-color, var(--_mark));
  }

  /* Its label ends at the dot: placed by its dot's right edge (marks.ts), moved back by its
     own width. */
  .mark.flipped {
    translate: -100%;
    flex-direction: row-reverse;
    text-align: end;
  }

  .mark.bare {
    width: var(--_tap);
    justify-content: center;
  }

  .mark.circa .dot {
    background: var(--_bg);
    border: 2px dashed var(--dt-event-color, var(--_mark));
    box-shadow: none;
  }

  .label {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: var(--dt-label-font-size, var(--_label));
    line-height: var(--_tap);
  }

  .mark .label {
    padding: 0 var(--_pad);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_bg) 82%, transparent);
  }

  /* Where one line has no room, the layout measured the title on two balanced lines, and
     joined the words of each line with no-break spaces; an ellipsis at the end of the second
     is the last resort (the button's title holds it all). Balanced by the browser instead
     (text-wrap), a quarter of a zoom frame's layout went to balancing lines already balanced. */
  .wrapped .label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    white-space: normal;
    /* Two lines fill the lane; the padding holds the glyphs' ascent and descent. */
    line-height: 1.08;
    padding-block: 0.16em;
  }

  /* Three lines only where the lanes are a fifth further apart than their height: the label
     reaches a little into the lanes beside it (the layout keeps two such from meeting). */
  .three .label {
    -webkit-line-clamp: 3;
    padding-block: 0.08em;
  }

  /* A transparent border, not padding, holds a cut label's ascent and descent: the clip then
     falls at the text, and a line after the clamp does not show through the padding. A cut
     title, a few in a crowded view, is balanced by the browser. */
  .wrapped.cut .label {
    padding-block: 0;
    border-block: 0.16em solid transparent;
    text-wrap: balance;
  }

  /* A title the browser cuts starts at its box's start, whichever side of the dot it is on:
     set to the end, Chrome draws the clamp's ellipsis past the box, where it is clipped to a
     dot that reads as a full stop ("Still lagging, and."). */
  .wrapped.clamped .label {
    text-align: start;
  }

  .mark:hover .label,
  .range:hover .label {
    text-decoration: underline;
  }

  /* The text keeps the theme's colours (contrast holds whatever the category colour); the
     category colour marks the choice as a thick underline. */
  .mark.selected .label {
    background: var(--_surface);
    box-shadow: inset 0 -3px 0 var(--dt-event-color, var(--_mark));
  }

  .mark.selected .dot {
    box-shadow: 0 0 0 3px var(--dt-event-color, var(--_mark));
  }

  .range {
    display: flex;
    align-items: center;
    height: 24px;
    padding: 0 0 0 8px;
    border: 0;
    border-left: 4px solid var(--dt-event-color, var(--_mark));
    border-radius: 0 4px 4px 0;
    /* A range of a few days is a sliver at most zooms: its button keeps a target's width while
       the tinted bar (--_bar, set with the range's position) shows only its true extent. */
    --_fill: color-mix(in srgb, var(--dt-event-color, var(--_mark)) 22%, var(--_bg));
    min-width: 24px;
    background: linear-gradient(to right, var(--_fill) var(--_bar), transparent var(--_bar));
    overflow: visible;
    white-space: nowrap;
  }

  .range .dot {
    display: none;
  }

  .range .label {
    /* Its own measured width, past a bar shorter than the title. */
    flex: none;
    line-height: 24px;
  }

  .range.selected {
    --_fill: color-mix(in srgb, var(--dt-event-color, var(--_mark)) 45%, var(--_bg));
    font-weight: 600;
  }

  .cluster {
    display: grid;
    place-items: center;
    height: var(--_tap);
    min-width: var(--_tap);
    padding: 0 4px;
    border: 1px solid var(--_axis);
    border-radius: 99px;
    background: var(--_surface);
    font-size: var(--dt-small-font-size, 12px);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  /* A cluster with room names its first event and how many more it holds. */
  .cluster.titled {
    display: flex;
    gap: 4px;
    justify-content: flex-start;
    padding: 0 8px;
    font-weight: normal;
  }

  .cluster-title {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .cluster-more {
    flex: none;
    font-weight: 600;
    white-space: nowrap;
  }

  .cluster:hover {
    border-color: var(--_fg);
  }

  .mark:focus-visible,
  .range:focus-visible,
  .cluster:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    z-index: 1;
  }

  .mark .label,
  .mark .dot {
    transition:
      background-color 0.15s,
      box-shadow 0.15s;
  }

  @media (prefers-reduced-motion: reduce) {
    .mark .label,
    .mark .dot {
      transition: none;
    }
  }

  /* Windows high contrast: colours become the system's; keep dots, bars and rings visible. */
  @media (forced-colors: active) {
    .mark .dot {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }

    .mark.circa .dot {
      background: Canvas;
      border-color: CanvasText;
    }

    .mark.selected .label {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    .range {
      border: 1px solid CanvasText;
      border-left-width: 4px;
    }

    .range.selected {
      border-color: Highlight;
    }

    .cluster {
      border-color: ButtonText;
    }

    .mark:focus-visible,
    .range:focus-visible,
    .cluster:focus-visible {
      outline-color: Highlight;
    }
  }

  /* group-by: each lane's category, faint behind the marks. */
  .lane-label {
    position: absolute;
    left: 0;
    right: 0;
    display: flex;
    align-items: center;
    padding-left: 3px;
    font-size: 0.72em;
    font-weight: 600;
    color: var(--_muted);
    border-left: 3px solid var(--dt-event-color, var(--_axis));
    background: color-mix(in srgb, var(--dt-event-color, var(--_axis)) 6%, transparent);
    pointer-events: none;
  }

  /* Behind the marks: a label drawn over a lane's name covers it cleanly. */
  .lane-name {
    padding: 0 5px;
  }
`;
