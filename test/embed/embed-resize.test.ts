import { expect, fixture, html } from '@open-wc/testing';
import { HEIGHT_MESSAGE } from '../../src/embed/embed-messages.js';
import { DEFAULT_DATASET, until } from '../helpers.js';
import { timelinesIn } from '../pages.js';

/** Adds the built embed-resize.js to the page, as a host page's author would. */
async function addResizeScript(): Promise<void> {
  const script = document.createElement('script');
  script.src = '/dist/embed-resize.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
  document.head.append(script);
  await loaded;
}

/** An embed.html frame told its `id`; the page gives it no height unless `height` says. */
function embedFrame(id: string, height?: number) {
  const box = height === undefined ? '' : `height: ${height}px; `;
  return html`<iframe
    id=${id}
    title=${id}
    src=${`/dist/embed.html?src=${DEFAULT_DATASET}&id=${id}`}
    style=${`width: 600px; ${box}border: 0`}
  ></iframe>`;
}

function widgetHeight(frame: HTMLIFrameElement): number {
  const el = timelinesIn(frame)[0];
  return el ? Math.ceil(el.getBoundingClientRect().height) : 0;
}

describe('dist/embed-resize.js', () => {
  it('sizes each embed.html iframe to its own widget, without a scrollbar', async () => {
    // The iframes load before the script: it must ask them for the height they already told.
    const page = await fixture<HTMLElement>(
      html`<div>${embedFrame('short')}${embedFrame('tall', 640)}</div>`,
    );
    const [short, tall] = [...page.querySelectorAll('iframe')];
    await until(() => widgetHeight(short!) > 0 && widgetHeight(tall!) > 0);
    expect(short!.getBoundingClientRect().height).to.equal(150);
    // Each frame's message carries the id its address gave it.
    const heard = new Set<string>();
    const listen = (event: MessageEvent) => {
      if (event.data?.type === HEIGHT_MESSAGE) heard.add(event.data.id);
    };
    addEventListener('message', listen);
    await addResizeScript();
    await until(() => heard.has('short') && heard.has('tall'));
    removeEventListener('message', listen);

    // The default 150 px frame grows to the widget's own height (26rem); the frame the page
    // made taller keeps its height, which the widget fills.
    await until(() => short!.style.height === `${widgetHeight(short!)}px`);
    expect(widgetHeight(short!)).to.equal(416);
    expect(short!.getBoundingClientRect().height).to.equal(416);
    expect(tall!.style.height).to.equal('640px');
    expect(widgetHeight(tall!)).to.equal(640);
    for (const frame of [short!, tall!]) {
      const root = frame.contentDocument!.documentElement;
      expect(root.scrollHeight, frame.id).to.be.at.most(root.clientHeight);
    }
  });

  it('ignores height messages that do not come from one of the page’s iframes', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="c" srcdoc="not ours" style="height: 100px"></iframe>`,
    );
    await addResizeScript();
    const heard = new Promise((resolve) => addEventListener('message', resolve, { once: true }));
    window.postMessage({ type: HEIGHT_MESSAGE, id: '', height: 900 }, '*');
    await heard;
    expect(frame.style.height).to.equal('100px');
  });
});
