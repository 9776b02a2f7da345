import type { Messages } from './messages.js';

export const id: Messages = {
  lang: 'id',
  // date-fns' id names, written out: the locale object would bring its parsing and
  // relative-time tables too (6 KB). test/i18n/locales.test.ts keeps them equal.
  months: {
    wide: [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ],
    abbreviated: [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'Mei',
      'Jun',
      'Jul',
      'Agt',
      'Sep',
      'Okt',
      'Nov',
      'Des',
    ],
  },
  dates: {
    month: (month, year) => `${month} ${year}`,
    day: (d, month, year) => `${d} ${month} ${year}`,
  },
  circa: (date) => `sekitar ${date}`,
  decade: (year) => `${year}-an`,
  tickDay: (d, month) => `${d} ${month}`,
  timeline: 'Linimasa',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  reset: 'Tampilkan semua',
  close: 'Tutup',
  loading: 'Memuat linimasa…',
  empty: 'Linimasa ini belum berisi peristiwa.',
  sources: 'Sumber',
  category: 'Kategori',
  moreInCluster: (count) => `+ ${count} lainnya`,
  eventsInCluster: (count, range) => `${count} peristiwa, ${range}`,
  listView: 'Daftar',
  eventList: 'Peristiwa menurut urutan waktu',
  listTruncated: (shown, total) =>
    `${shown} pertama dari ${total} peristiwa yang tampil; perbesar untuk melihat sisanya.`,
  showing: (range) => `Menampilkan ${range}`,
  chosen: (title, date) => `${title}, ${date}`,
  moreProblems: (count) => `(${count} masalah lain)`,
  expected: {
    text: 'harus berupa teks',
    localizedText: 'harus berupa teks, atau teks per bahasa seperti {"id": "…"}',
    list: 'harus berupa daftar',
    object: 'harus berupa objek',
    boolean: 'harus bernilai true atau false',
    nonEmpty: 'tidak boleh kosong',
    color: 'harus berupa warna seperti #0b6e4f',
    languageKey: 'harus memakai kode bahasa seperti "id" atau "en" sebagai kunci',
    mediaKind: 'harus salah satu dari image, video, audio, quote atau link',
  },
  problems: {
    network: (p) => `Linimasa tidak dapat dimuat dari ${p.url}: alamat tidak dapat dijangkau.`,
    http: (p) => `Linimasa tidak dapat dimuat dari ${p.url}: server menjawab ${p.status}.`,
    parse: (p) => `${p.url} bukan berkas ${p.format.toUpperCase()} yang dapat dibaca.`,
    notDataset: () => 'Ini bukan data linimasa: diperlukan objek dengan daftar "events".',
    missing: (p) => `${p.path} tidak ada.`,
    type: (p) => `${p.path}: ${id.expected[p.expected]}.`,
    notDate: (p) =>
      `${p.path}: "${p.value}" bukan tanggal yang sah (tulis 2017, 2017-01, atau 2017-01-10).`,
    endBeforeStart: (p) => `${p.path}: akhir (${p.end}) lebih awal daripada awal (${p.start}).`,
    duplicateId: (p) => `${p.path}: id "${p.id}" sudah dipakai oleh ${p.firstPath}.`,
    unknownCategory: (p) => `${p.path}: kategori "${p.category}" tidak ada.`,
    unknownParameter: (p) => `${p.path}: parameter ini tidak ada (gunakan ${p.known}).`,
    // Authoring: TimelineJS files and spreadsheets.
    googleSheet: (p) =>
      `Alamat Google Sheets tidak dapat dimuat langsung (${p.url}). Di Google Sheets pilih File → Download → Comma-separated values (.csv), lalu pakai berkas itu.`,
    displayDateOnly: (p) =>
      `${p.path} hanya memiliki tanggal tampilan ("${p.value}"): beri start_date dengan sekurang-kurangnya tahun.`,
    displayDate: (p) =>
      `${p.path}: tanggal tampilan "${p.value}" tidak ditampilkan; tanggal ditulis dari start_date.`,
    mediaAddress: (p) =>
      `${p.path}: "${p.url}" tidak ditampilkan; media memerlukan alamat http atau https, atau alamat gambar.`,
    madeUpTitle: (p) =>
      `${p.path} tidak punya judul (headline): judul "${p.title}" diambil dari ${
        { text: 'teksnya', caption: 'keterangan medianya', date: 'tanggalnya' }[p.from]
      }.`,
    // Hardening
    timeout: (p) =>
      `Linimasa tidak dapat dimuat dari ${p.url}: tidak ada jawaban dalam ${p.seconds} detik.`,
  },
  // Embedding: exporting the view as an image.
  downloadImage: 'Unduh gambar',

  // Authoring: skipped rows, legend, search, media.
  rowsSkipped: (n) => `${n} baris dilewati`,
  fileNotes: (n) => `${n} catatan tentang cara berkas ini ditampilkan`,
  cell: (row, column, field) =>
    column ? `baris ${row}, kolom ${column} (${field})` : `baris ${row}`,
  row: (row) => `baris ${row}`,
  legend: 'Kategori (tekan untuk menyembunyikan atau menampilkan)',
  search: 'Cari peristiwa',
  matches: (n) => (n === 0 ? 'Tidak ada peristiwa yang cocok' : `${n} peristiwa cocok`),
  credit: (credit) => `Gambar: ${credit}`,
  playMedia: (provider, audio) => `Putar ${audio ? 'audio' : 'video'} dari ${provider}`,
  loadsOnPlay: (provider) => `${provider} baru dihubungi setelah Anda menekan putar.`,
  player: (provider) => `Pemutar ${provider}`,
  openOn: (provider) => `Buka di ${provider}`,
  playersBlocked: (provider) =>
    `Halaman ini tidak mengizinkan pemutar sematan, jadi ini tautan ke ${provider}.`,
  scanToPlay: (provider, audio) =>
    `Pindai untuk ${audio ? 'mendengarkan' : 'menonton'} di ${provider}`,

  // Presentation and kiosk modes
  slideProgress: (current, total) => `${current} / ${total}`,
  previousSlide: 'Sebelumnya',
  nextSlide: 'Berikutnya',
  fullScreen: 'Layar penuh',
  qrCode: (label) => `Kode QR: ${label}`,
  touchToExplore: 'Sentuh untuk menjelajah',
  savedCopy: (date) => `Luring: menampilkan salinan tersimpan ${date}.`,

  // Hardening
  retry: 'Coba lagi',

  // Phone width: the legend folded into a menu
  legendButton: (shown, total) =>
    shown === total ? 'Kategori' : `Kategori: ${shown} dari ${total}`,
  filtersButton: 'Cari dan kategori',
};
