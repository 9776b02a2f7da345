// The embed-code generator: the form drives a live preview (the real widget, which also
// validates the dataset and words its problems) and writes the two snippets a page needs.
import { datasetToList, en, id } from './list-writer.ts';

const dist = new URL(document.documentElement.dataset.dist ?? '../dist/', location.href);
/**
 * Served by `npm start` (Vite adds `import.meta.hot`), dist/ may not be built: the code then
 * loads the widget from the development server's sources, which works while it runs, and a
 * note says so. The published generator (dist/demo) writes code for the built files.
 */
const dev = !!import.meta.hot;
const devWidget = new URL('/src/index.ts', location.href).href;
const devNote = document.getElementById('dev-note');
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const datasetProblem = document.getElementById('dataset-problem');
const rangeProblem = document.getElementById('range-problem');
const scriptCode = document.getElementById('script-code');
const iframeCode = document.getElementById('iframe-code');
const copyStatus = document.getElementById('copy-status');
const fileNote = document.getElementById('file-note');

form.elements.src.value = new URL('../data/indonesia-digital-diplomacy.json', location.href).href;

/** A dataset read in the browser: a blob: address for the preview, a file name for the code. */
let local = { text: '', name: '', url: '' };
let datasetTitle = '';
let datasetOk = false;
/** The loaded dataset as the list readers without JavaScript see, in the chosen language. */
let fallbackList = '';
let loadedDataset;

const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function options() {
  const value = (name) => form.elements[name].value.trim();
  return {
    source: form.elements.source.value,
    src: value('src'),
    lang: value('lang'),
    start: value('start'),
    end: value('end'),
    selected: value('selected'),
    theme: value('theme'),
    mode: value('mode'),
    linkHash: form.elements.linkHash.checked,
  };
}

/** The widget's attributes for these options, in a stable order, empty ones left out. */
function attributes(o, src) {
  return [
    ['src', src],
    ['lang', o.lang],
    ['start', o.start],
    ['end', o.end],
    ['selected', o.selected],
    ['theme', o.theme],
    ['mode', o.mode],
  ].filter(([, value]) => value);
}

const escapeAttribute = (value) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function scriptSnippet(attrs, linkHash) {
  const written =
    attrs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('') +
    (linkHash ? ' link-hash' : '');
  const widget = dev ? devWidget : new URL('diplomacy-timeline.js', dist);
  // The events are written inside too: what readers and crawlers without JavaScript see.
  const inside = fallbackList ? `\n${fallbackList}\n` : '';
  return (
    `<script type="module" src="${widget}"></script>\n` +
    `<diplomacy-timeline${written}>${inside}</diplomacy-timeline>`
  );
}

function iframeSnippet(attrs, lang) {
  const address = dev ? new URL('embed.html', location.href) : new URL('embed.html', dist);
  address.search = new URLSearchParams(attrs).toString();
  // The frame's title is what a screen reader announces for it: in the timeline's language.
  const word = lang.startsWith('id') ? 'Linimasa' : 'Timeline';
  const title = datasetTitle ? `${word}: ${datasetTitle}` : word;
  return (
    `<iframe src="${escapeAttribute(address.href)}" title="${escapeAttribute(title)}" ` +
    `loading="lazy" style="width: 100%; height: 26rem; border: 0"></iframe>\n` +
    (dev
      ? `<script type="module" src="${new URL('/src/embed/embed-resize.ts', location.href)}"></script>`
      : `<script src="${new URL('embed-resize.js', dist)}" async></script>`)
  );
}

/** Reads a date field; a wrong date is named, and the snippets wait until it is fixed. */
function rangeProblems(o) {
  const problems = [];
  for (const [name, label] of [
    ['start', 'From'],
    ['end', 'To'],
  ]) {
    const bad = o[name] && !DATE.test(o[name]);
    form.elements[name].setAttribute('aria-invalid', String(bad));
    if (bad)
      problems.push(`${label}: “${o[name]}” is not a date (write 2017, 2017-01 or 2017-01-10).`);
  }
  if (!problems.length && o.start && o.end && o.end < o.start.slice(0, o.end.length)) {
    problems.push('To comes before From.');
  }
  rangeProblem.hidden = !problems.length;
  rangeProblem.textContent = problems.join(' ');
  return problems;
}

function setAttribute(element, name, value) {
  if (!value) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** The dataset as the preview loads it, and as the snippets name it. */
function dataset(o) {
  if (o.source === 'url') return { preview: o.src, code: o.src };
  return { preview: local.url, code: local.name || 'events.json' };
}

function update() {
  const o = options();
  for (const field of form.querySelectorAll('[data-source]')) {
    field.hidden = field.dataset.source !== o.source;
  }
  fileNote.hidden = o.source === 'url';
  const source = dataset(o);
  if (preview.getAttribute('src') !== source.preview) {
    datasetOk = false;
    setAttribute(preview, 'src', source.preview);
  }
  const bad = rangeProblems(o);
  for (const name of ['lang', 'theme', 'mode', 'selected']) setAttribute(preview, name, o[name]);
  for (const name of ['start', 'end']) setAttribute(preview, name, bad.length ? '' : o[name]);
  writeSnippets(o, source, !bad.length && datasetOk && !!source.preview);
}

function writeSnippets(o, source, ready) {
  const attrs = attributes(o, source.code);
  const lang = o.lang || document.documentElement.lang;
  fallbackList =
    ready && loadedDataset ? datasetToList(loadedDataset, lang.startsWith('id') ? id : en) : '';
  scriptCode.value = ready ? scriptSnippet(attrs, o.linkHash) : '';
  iframeCode.value = ready ? iframeSnippet(attrs, o.lang || document.documentElement.lang) : '';
  for (const button of document.querySelectorAll('[data-copy]')) button.disabled = !ready;
}

/** Keeps the text the reader gave, and shows it to the preview through a blob: address. */
function useText(text, name) {
  if (local.url) URL.revokeObjectURL(local.url);
  const trimmed = text.trim();
  const csv = name ? /\.csv$/i.test(name) : !trimmed.startsWith('{') && !trimmed.startsWith('[');
  const type = csv ? 'text/csv' : 'application/json';
  local = {
    text,
    name: name || (csv ? 'events.csv' : 'events.json'),
    url: trimmed ? URL.createObjectURL(new Blob([text], { type })) : '',
  };
  update();
}

form.addEventListener('input', (event) => {
  if (event.target === form.elements.pasted) useText(form.elements.pasted.value, '');
  else if (event.target !== form.elements.file) update();
});
form.addEventListener('change', (event) => {
  if (event.target !== form.elements.file) return update();
  const [file] = form.elements.file.files;
  if (!file) return undefined;
  const reader = new FileReader();
  reader.addEventListener('load', () => {
    form.elements.pasted.value = reader.result;
    useText(reader.result, file.name);
  });
  reader.readAsText(file);
  return undefined;
});
form.addEventListener('submit', (event) => event.preventDefault());

/** Text in the reader's language, else any language the dataset has. */
function textOf(text, lang) {
  return text[lang] ?? text.en ?? text['*'] ?? Object.values(text)[0] ?? '';
}

preview.addEventListener('timeline-load', ({ detail }) => {
  datasetOk = true;
  loadedDataset = detail.dataset;
  const o = options();
  const lang = o.lang || document.documentElement.lang;
  datasetTitle = detail.dataset.title ? textOf(detail.dataset.title, lang) : '';
  datasetProblem.hidden = true;
  for (const name of ['src', 'pasted']) form.elements[name].removeAttribute('aria-invalid');
  const select = form.elements.selected;
  const chosen = select.value;
  select.replaceChildren(new Option('None', ''));
  for (const event of detail.dataset.events) {
    select.append(new Option(`${textOf(event.title, lang)} (${event.id})`, event.id));
  }
  select.value = detail.dataset.indexById.has(chosen) ? chosen : '';
  update();
});

preview.addEventListener('timeline-error', async ({ detail }) => {
  datasetOk = false;
  loadedDataset = undefined;
  const o = options();
  // The widget's error box says how many more problems there are; the event has the first.
  await preview.updateComplete;
  const shown =
    preview.shadowRoot.querySelector('[part="error"]')?.innerText.trim() ?? detail.message;
  // The widget names the blob: address it was given; the reader knows their file by its name.
  const message = local.url ? shown.replaceAll(local.url, local.name) : shown;
  datasetProblem.textContent = message;
  datasetProblem.hidden = false;
  form.elements[o.source === 'url' ? 'src' : 'pasted'].setAttribute('aria-invalid', 'true');
  writeSnippets(o, dataset(o), false);
});

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const code = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(code.value);
      copyStatus.textContent = `${button.textContent.replace('Copy ', '')} copied.`;
    } catch {
      code.select();
      copyStatus.textContent = 'Press Ctrl+C (⌘C on a Mac) to copy the selected code.';
    }
  });
}

devNote.hidden = !dev;
update();
