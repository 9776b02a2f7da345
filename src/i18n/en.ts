import type { Messages } from './messages.js';

export const en: Messages = {
  lang: 'en',
  // date-fns' en-GB names, written out: the locale object would bring its parsing and
  // relative-time tables too (6 KB). test/i18n/locales.test.ts keeps them equal.
  months: {
    wide: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    abbreviated: [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ],
  },
  dates: {
    month: (month, year) => `${month} ${year}`,
    day: (d, month, year) => `${d} ${month} ${year}`,
  },
  circa: (date) => `c. ${date}`,
  decade: (year) => `${year}s`,
  tickDay: (d, month) => `${d} ${month}`,
  timeline: 'Timeline',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Show everything',
  close: 'Close',
  loading: 'Loading the timeline…',
  empty: 'This timeline has no events yet.',
  sources: 'Sources',
  category: 'Category',
  moreInCluster: (count) => `+ ${count} more`,
  eventsInCluster: (count, range) => `${count} events, ${range}`,
  listView: 'List',
  eventList: 'Events in time order',
  listTruncated: (shown, total) =>
    `The first ${shown} of ${total} events in view; zoom in to see the others.`,
  showing: (range) => `Showing ${range}`,
  chosen: (title, date) => `${title}, ${date}`,
  moreProblems: (count) => (count === 1 ? '(1 more problem)' : `(${count} more problems)`),
  expected: {
    text: 'should be text',
    localizedText: 'should be text, or texts keyed by language such as {"en": "…"}',
    list: 'should be a list',
    object: 'should be an object',
    boolean: 'should be true or false',
    nonEmpty: 'should not be empty',
    color: 'should be a colour written like #0b6e4f',
    languageKey: 'should be keyed by language codes such as "id" or "en"',
    mediaKind: 'should be one of image, video, audio, quote or link',
  },
  problems: {
    network: (p) =>
      `The timeline could not be loaded from ${p.url}: the address cannot be reached.`,
    http: (p) => `The timeline could not be loaded from ${p.url}: the server answered ${p.status}.`,
    parse: (p) => `${p.url} is not a readable ${p.format.toUpperCase()} file.`,
    notDataset: () => 'This is not a timeline dataset: it needs an object with an "events" list.',
    missing: (p) => `${p.path} is missing.`,
    type: (p) => `${p.path}: ${en.expected[p.expected]}.`,
    notDate: (p) => `${p.path}: "${p.value}" is not a date (write 2017, 2017-01 or 2017-01-10).`,
    endBeforeStart: (p) => `${p.path}: the end (${p.end}) comes before the start (${p.start}).`,
    duplicateId: (p) => `${p.path}: the id "${p.id}" is already used by ${p.firstPath}.`,
    unknownCategory: (p) => `${p.path}: there is no category "${p.category}".`,
    unknownParameter: (p) => `${p.path}: no such parameter (use ${p.known}).`,
    // Authoring: TimelineJS files and spreadsheets.
    googleSheet: (p) =>
      `A Google Sheets address cannot be loaded directly (${p.url}). In Google Sheets choose File → Download → Comma-separated values (.csv), and use that file.`,
    displayDateOnly: (p) =>
      `${p.path} has only a display date ("${p.value}"): give it a start_date with at least a year.`,
    displayDate: (p) =>
      `${p.path}: the display date "${p.value}" is not shown; the date is written from start_date.`,
    mediaAddress: (p) =>
      `${p.path}: "${p.url}" is not shown; media need an http or https address, or an image's.`,
    madeUpTitle: (p) =>
      `${p.path} has no headline: its title "${p.title}" is taken from its ${
        { text: 'text', caption: 'media caption', date: 'date' }[p.from]
      }.`,
    // Hardening
    timeout: (p) =>
      `The timeline could not be loaded from ${p.url}: no answer within ${p.seconds} s.`,
  },
  // Embedding: exporting the view as an image.
  downloadImage: 'Download image',

  // Authoring: skipped rows, legend, search, media.
  rowsSkipped: (n) => (n === 1 ? '1 row skipped' : `${n} rows skipped`),
  fileNotes: (n) =>
    n === 1 ? '1 note on how this file is shown' : `${n} notes on how this file is shown`,
  cell: (row, column, field) => (column ? `row ${row}, column ${column} (${field})` : `row ${row}`),
  row: (row) => `row ${row}`,
  legend: 'Categories (press to hide or show)',
  search: 'Search events',
  matches: (n) =>
    n === 0 ? 'No event matches' : n === 1 ? '1 event matches' : `${n} events match`,
  credit: (credit) => `Image: ${credit}`,
  playMedia: (provider, audio) => `Play the ${audio ? 'audio' : 'video'} from ${provider}`,
  loadsOnPlay: (provider) => `${provider} is contacted only when you press play.`,
  player: (provider) => `${provider} player`,
  openOn: (provider) => `Open on ${provider}`,
  playersBlocked: (provider) =>
    `This page does not allow embedded players, so this is a link to ${provider}.`,
  scanToPlay: (provider, audio) => `Scan to ${audio ? 'listen' : 'watch'} on ${provider}`,

  // Presentation and kiosk modes
  slideProgress: (current, total) => `${current} / ${total}`,
  previousSlide: 'Previous',
  nextSlide: 'Next',
  fullScreen: 'Full screen',
  qrCode: (label) => `QR code: ${label}`,
  touchToExplore: 'Touch to explore',
  savedCopy: (date) => `Offline: showing the copy saved on ${date}.`,

  // Hardening
  retry: 'Try again',

  // Phone width: the legend folded into a menu
  legendButton: (shown, total) =>
    shown === total ? 'Categories' : `Categories: ${shown} of ${total}`,
  filtersButton: 'Search and categories',
};
