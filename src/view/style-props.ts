import { noChange } from 'lit';
import { Directive, type PropertyPart, directive } from 'lit/directive.js';

/** Inline style properties by CSS name (`transform`, `--dt-event-color`). */
export type StyleProps = Readonly<Record<string, string>>;

/**
 * An element's inline style, bound as `.style=${styleProps({...})}`, written one property at a
 * time through the CSSOM and only where its value changed. Like the `.style` string, it sets no
 * style attribute, which a Content Security Policy without 'unsafe-inline' blocks. A zoom frame
 * moves every mark: written whole, each mark's style was parsed again, its colour with it,
 * about three times the work of its transform alone.
 */
class StylePropsDirective extends Directive {
  private last: StyleProps = {};

  render(props: StyleProps): StyleProps {
    return props;
  }

  override update(part: PropertyPart, [props]: [StyleProps]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name in props) {
      const value = props[name]!;
      if (value === this.last[name]) continue;
      // A property's own attribute (style.transform) is read faster than setProperty's name.
      if (name.startsWith('--')) style.setProperty(name, value);
      else (style as unknown as Record<string, string>)[name] = value;
    }
    for (const name in this.last) if (!(name in props)) style.removeProperty(name);
    this.last = props;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
