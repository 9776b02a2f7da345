import type { ReactiveController, ReactiveElement } from 'lit';

/** The handlers every pop-up menu of the widget (a `<details class="menu">`) is bound to. */
export interface MenuActions {
  readonly menuToggle: (event: Event) => void;
  readonly menuKeydown: (event: KeyboardEvent) => void;
  readonly menuFocusout: (event: FocusEvent) => void;
}

/**
 * The widget's pop-up menus (the download menu, the folded legend) behave as a native menu:
 * an open one closes when the reader clicks or taps anywhere outside it, on the page or in the
 * widget, when focus leaves it, and on Escape, which gives focus back to its button. A click
 * inside it leaves it open. The page is listened to only while a menu is open.
 */
export class MenuController implements ReactiveController {
  private listening = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  private openMenus(): HTMLDetailsElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details.menu[open]')];
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    // Capture: d3-zoom stops the drawing's mousedown and touchstart from going further.
    if (on) document.addEventListener('pointerdown', this.onPointerDown, true);
    else document.removeEventListener('pointerdown', this.onPointerDown, true);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    for (const menu of this.openMenus()) if (!path.includes(menu)) menu.open = false;
  };

  readonly actions: MenuActions = {
    menuToggle: () => this.listen(this.openMenus().length > 0),
    menuKeydown: (event) => {
      const menu = event.currentTarget as HTMLDetailsElement;
      if (event.key !== 'Escape' || !menu.open) return;
      // Handled: the timeline's own Escape (closing the detail card) waits for the next press.
      event.preventDefault();
      menu.open = false;
      menu.querySelector('summary')?.focus();
    },
    menuFocusout: (event) => {
      const menu = event.currentTarget as HTMLDetailsElement;
      const to = event.relatedTarget;
      if (to instanceof Node && !menu.contains(to)) menu.open = false;
    },
  };

  hostConnected(): void {
    // Back on the page with a menu still open.
    this.listen(this.openMenus().length > 0);
  }

  hostDisconnected(): void {
    this.listen(false);
  }
}
