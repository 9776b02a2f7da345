// The command-line validator and converter, run as authors run them: the built dist/cli.js
// (npm test builds it first), in Node.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { en, run, validateText } from '../../dist/cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'dt-cli-'));

function file(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs the CLI as a process: its exit code and what it printed. */
function cliRun(...args) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('diplomacy-timeline validate', () => {
  it('passes the default dataset in both forms, exit code 0', () => {
    const { code, stdout } = cliRun(
      'validate',
      'data/indonesia-digital-diplomacy.json',
      'data/indonesia-digital-diplomacy.csv',
    );
    assert.equal(code, 0);
    assert.match(stdout, /indonesia-digital-diplomacy\.json: 15 events, no problems/);
    assert.match(stdout, /indonesia-digital-diplomacy\.csv: 15 events, no problems/);
  });

  it('prints each problem at its line and column, and exits 1', () => {
    const path = file(
      'bad.json',
      [
        '{',
        '  "events": [',
        '    { "id": "a", "start": "2002", "title": "A" },',
        '    { "id": "b", "start": "2003", "title": "B" },',
        '    { "id": "c", "start": "2004", "title": "C" },',
        '    { "id": "d", "start": "2017-13-01", "title": "D" },',
        '    { "id": "e", "title": "E" }',
        '  ]',
        '}',
      ].join('\n'),
    );
    const { code, stdout } = cliRun('validate', path);
    assert.equal(code, 1);
    assert.deepEqual(stdout.trim().split('\n'), [
      `${path}:6:27  events[3].start: "2017-13-01" is not a date (write 2017, 2017-01 or 2017-01-10).`,
      `${path}:7:5  events[4].start is missing.`,
    ]);
  });

  it('says where a file stops being JSON', () => {
    const path = file('broken.json', '{\n  "events": [\n    { "id": "a", }\n  ]\n}\n');
    const { code, stdout } = cliRun('validate', path);
    assert.equal(code, 1);
    assert.match(stdout, new RegExp(`^${path}:3:18  .* is not a readable JSON file`));
  });

  it('reports CSV rows by the line and column of the cell, in Indonesian when asked', () => {
    const path = file(
      'rows.csv',
      'id;start;title_en;category\r\na;2002;A;\r\nb;"2017-13-01";"B,\r\ntwo lines";\r\n',
    );
    const { code, stdout } = cliRun('validate', '--lang', 'id', path);
    assert.equal(code, 1);
    assert.equal(
      stdout.trim(),
      `${path}:3:3  Baris 3, kolom 2 (start): "2017-13-01" bukan tanggal yang sah (tulis 2017, 2017-01, atau 2017-01-10).`,
    );
  });

  it('points a TimelineJS problem at the field as the file names it', () => {
    const path = join(root, 'test/fixtures/timelinejs/bad-date.json');
    const { code, stdout } = cliRun('validate', path);
    assert.equal(code, 1);
    assert.equal(
      stdout.trim(),
      `${path}:5:21  events[1].start: "2017-13" is not a date (write 2017, 2017-01 or 2017-01-10).`,
    );
  });

  it('counts what a TimelineJS file holds that is shown otherwise as problems', () => {
    const { code, stdout } = cliRun('validate', 'test/fixtures/timelinejs/museum.json');
    assert.equal(code, 1);
    assert.match(
      stdout,
      /museum\.json:20:5 {2}events\[1\]: the display date "Early 2002" is not shown/,
    );
  });

  it('says which TimelineJS 3 and 2 slides get a made-up title, at the slide', () => {
    const three = cliRun('validate', 'test/fixtures/timelinejs/media-kinds.json');
    assert.match(
      three.stdout,
      /media-kinds\.json:4:5 {2}events\[0\] has no headline: its title "The lighthouse is lit for the first time\." is taken from its text\./,
    );
    const two = cliRun('validate', 'test/fixtures/timelinejs/version2.json');
    assert.equal(two.code, 1);
    assert.match(
      two.stdout,
      /version2\.json:18:7 {2}timeline\.date\[1\] has no headline: its title "A second boat joins\." is taken from its text\./,
    );
  });

  it('accepts media of every kind in our own format, and names a kind it does not know', () => {
    const media = [
      { kind: 'quote', quote: { en: 'Never *out*.' }, credit: 'Keeper' },
      { src: 'https://youtu.be/Aa0_Bb1-Cc2', caption: 'Boats' },
      { kind: 'audio', src: 'https://soundcloud.com/choir/song' },
      { kind: 'link', src: 'https://en.wikipedia.org/wiki/Harbour', credit: 'Wikipedia' },
      { kind: 'image', src: 'pier.jpg', alt: 'The pier' },
    ];
    const events = media.map((m, i) => ({
      id: `e${i}`,
      start: `${1910 + i}`,
      title: `E${i}`,
      media: m,
    }));
    const good = cliRun('validate', file('kinds.json', JSON.stringify({ events })));
    assert.equal(good.code, 0);
    assert.match(good.stdout, /kinds\.json: 5 events, no problems/);
    const odd = [{ id: 'x', start: '1910', title: 'X', media: { kind: 'film', src: 'a.mp4' } }];
    const bad = cliRun('validate', file('odd.json', JSON.stringify({ events: odd })));
    assert.equal(bad.code, 1);
    assert.match(
      bad.stdout,
      /events\[0\]\.media\.kind: should be one of image, video, audio, quote or link\./,
    );
    const quiet = [{ id: 'q', start: '1910', title: 'Q', media: { kind: 'quote', credit: 'Me' } }];
    assert.match(
      cliRun('validate', file('quiet.json', JSON.stringify({ events: quiet }))).stdout,
      /events\[0\]\.media\.quote is missing\./,
    );
  });

  it('explains its usage, exit code 2, for an unknown command', () => {
    const { code, stderr } = cliRun('frobnicate');
    assert.equal(code, 2);
    assert.match(stderr, /diplomacy-timeline validate FILE/);
  });

  it('says a missing file cannot be read', () => {
    const { code, stderr } = cliRun('validate', join(dir, 'nope.json'));
    assert.equal(code, 1);
    assert.match(stderr, /nope\.json: cannot be read \(ENOENT\)/);
  });

  it('runs through npx inside the repository', () => {
    const out = execFileSync(
      'npx',
      ['--no-install', 'diplomacy-timeline', 'validate', 'data/indonesia-digital-diplomacy.json'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    assert.match(out, /15 events, no problems/);
  });
});

describe('diplomacy-timeline convert', () => {
  it('turns CSV into JSON and back without losing an event', () => {
    const json = join(dir, 'round.json');
    const csv = join(dir, 'round.csv');
    assert.equal(cliRun('convert', 'data/indonesia-digital-diplomacy.csv', json).code, 0);
    assert.equal(cliRun('convert', json, csv).code, 0);
    assert.equal(cliRun('validate', csv).code, 0);
    const original = JSON.parse(readFileSync(join(root, 'data/indonesia-digital-diplomacy.json')));
    const converted = JSON.parse(readFileSync(json, 'utf8'));
    assert.deepEqual(
      converted.events.map((e) => [e.id, e.start, e.end, e.title]),
      original.events.map((e) => [e.id, e.start, e.end, e.title]),
    );
  });

  it('converts a TimelineJS file into our JSON, which then validates', () => {
    const out = join(dir, 'museum.json');
    const result = cliRun('convert', 'test/fixtures/timelinejs/museum.json', out);
    // The display date is reported; the file is still written.
    assert.equal(result.code, 1);
    const converted = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(converted.events.length, 4);
    assert.equal(cliRun('validate', out).code, 0);
  });

  it('converts TimelineJS 3 and 2 files with their media to JSON and CSV that validate', () => {
    for (const name of ['media-kinds', 'version2']) {
      const json = join(dir, `${name}.json`);
      const csv = join(dir, `${name}.csv`);
      cliRun('convert', `test/fixtures/timelinejs/${name}.json`, json);
      assert.equal(cliRun('validate', json).code, 0);
      assert.equal(cliRun('convert', json, csv).code, 0);
      assert.equal(cliRun('validate', csv).code, 0);
    }
    const converted = JSON.parse(readFileSync(join(dir, 'media-kinds.json'), 'utf8'));
    assert.deepEqual(converted.events[7].media, {
      kind: 'quote',
      quote: '\u201cThe light has *never* gone out.\u201d',
      caption: 'From the logbook',
      credit: 'The keeper, 1914',
    });
    const header = readFileSync(join(dir, 'media-kinds.csv'), 'utf8').split('\n')[0];
    assert.match(
      header,
      /media_kind,media_src,.*media_caption,media_caption_id,media_caption_en,media_quote,/,
    );
    assert.equal(JSON.parse(readFileSync(join(dir, 'version2.json'), 'utf8')).events.length, 4);
  });

  it('writes the good rows of a CSV file and reports the skipped ones', () => {
    const out = join(dir, 'good-rows.json');
    const path = file('some-bad.csv', 'id,start,title_en\na,2002,A\nb,20x2,B\n');
    const result = cliRun('convert', path, out);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /Row 3, column 2 \(start\)/);
    assert.deepEqual(
      JSON.parse(readFileSync(out, 'utf8')).events.map((e) => e.id),
      ['a'],
    );
  });

  it('does not write anything for a JSON file it cannot read', () => {
    const result = cliRun('convert', file('x.json', '{"events": 3}'), join(dir, 'x.csv'));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /x\.csv was not written/);
  });
});

/** A small seeded generator (mulberry32), so a failing input can be found again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('diplomacy-timeline html', () => {
  it('prints the dataset as the list to write inside the element, and only that on stdout', () => {
    const { code, stdout } = cliRun('html', 'data/indonesia-digital-diplomacy.json');
    assert.equal(code, 0);
    assert.match(stdout, /^<ol aria-label="Indonesia's Digital Diplomacy">\n/);
    const dataset = JSON.parse(readFileSync(join(root, 'data/indonesia-digital-diplomacy.json')));
    assert.equal(stdout.match(/<li /g).length, dataset.events.length);
    assert.match(
      stdout,
      /<li data-id="dg-information-public-diplomacy" data-category="institution" data-category-label="Institution" data-category-color="#[0-9a-f]{6}">\n {4}<time datetime="2002">2002<\/time>\n {4}<strong>Directorate General of Information and Public Diplomacy founded<\/strong>/,
    );
    assert.match(stdout, /<\/ol>\n$/);
  });

  it('writes dates and words in Indonesian, from CSV too', () => {
    const csv = file(
      'months.csv',
      'id,start,end,title_id,title_en,category,category_label_id,category_label_en\n' +
        'a,2024-06,,Serangan,Attack,security,Keamanan,Security\n' +
        'b,2014-10-20,2024-10-20,Masa jabatan,Term,security,,\n',
    );
    const { code, stdout } = cliRun('html', '--lang', 'id', csv);
    assert.equal(code, 0);
    assert.match(stdout, /<time datetime="2024-06">Juni 2024<\/time>/);
    assert.match(
      stdout,
      /<time datetime="2014-10-20">20 Oktober 2014<\/time> – <time datetime="2024-10-20">20 Oktober 2024<\/time>/,
    );
    assert.match(stdout, /<strong>Serangan<\/strong>/);
    assert.match(stdout, /data-category-label="Keamanan"/);
  });

  it('escapes the dataset’s text and keeps only safe links', () => {
    const path = file(
      'hostile.json',
      JSON.stringify({
        events: [
          {
            id: 'x"><script>',
            start: '2002',
            title: '<img src=x onerror=alert(1)>',
            description: '</p><script>alert(1)</script>',
            sources: [
              { label: 'bad', url: 'javascript:alert(1)' },
              { label: 'good & "quoted"', url: 'https://example.org/?a=1&b="2"' },
            ],
          },
        ],
      }),
    );
    const { code, stdout } = cliRun('html', path);
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /<(?:script|img)|javascript:/i);
    assert.match(stdout, /data-id="x&quot;&gt;&lt;script&gt;"/);
    assert.match(stdout, /<strong>&lt;img src=x onerror=alert\(1\)&gt;<\/strong>/);
    assert.match(stdout, /<cite>bad<\/cite>/);
    assert.match(
      stdout,
      /<a href="https:\/\/example.org\/\?a=1&amp;b=&quot;2&quot;">good &amp; &quot;quoted&quot;<\/a>/,
    );
  });

  it('prints nothing on stdout for a dataset it cannot read, and says why', () => {
    const { code, stdout, stderr } = cliRun('html', file('bad.json', '{"events": [{"id": "a"}]}'));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /events\[0\]\.start/);
  });
});

describe('the validator on random input', () => {
  const valid = readFileSync(join(root, 'data/indonesia-digital-diplomacy.json'));
  const validCsv = readFileSync(join(root, 'data/indonesia-digital-diplomacy.csv'));

  for (const seed of [1, 2, 3]) {
    it(`never throws and always answers with problems or a clean pass (seed ${seed})`, () => {
      const next = random(seed);
      for (let round = 0; round < 150; round++) {
        let bytes;
        if (round % 3 === 0) {
          bytes = Buffer.alloc(Math.floor(next() * 400), 0);
          for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
        } else {
          // A real file with a few bytes changed reaches deeper than noise does.
          bytes = Buffer.from(round % 3 === 1 ? valid : validCsv);
          for (let k = 0; k < 1 + next() * 6; k++) {
            bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
          }
        }
        for (const name of ['fuzz.json', 'fuzz.csv']) {
          const report = validateText(name, bytes.toString('utf8'), en);
          assert.equal(typeof report.problems, 'number');
          for (const line of report.lines) {
            assert.match(line, /^fuzz\.(json|csv):\d+:\d+ {2}\S/, `seed ${seed} round ${round}`);
            assert.doesNotMatch(line, /internal error/, `seed ${seed} round ${round}: ${line}`);
          }
          assert.equal(report.problems === 0, report.lines.length === 0);
        }
      }
    });
  }

  it('exits 0 or 1 for a file of random bytes, never with a crash', () => {
    const next = random(42);
    const bytes = Buffer.alloc(2000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
    for (const name of ['noise.json', 'noise.csv']) {
      const result = cliRun('validate', file(name, bytes));
      assert.ok(result.code === 0 || result.code === 1, result.stderr);
      assert.equal(result.stderr, '');
    }
  });

  it('run() answers for any arguments', () => {
    assert.equal(run([]).code, 2);
    assert.equal(run(['validate']).code, 2);
  });
});
