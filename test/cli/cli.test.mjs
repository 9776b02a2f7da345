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

  it('counts what a TimelineJS file holds that will not be shown as problems', () => {
    const { code, stdout } = cliRun('validate', 'test/fixtures/timelinejs/museum.json');
    assert.equal(code, 1);
    assert.match(stdout, /museum\.json:\d+:\d+ {2}events\[1\]\.media\.url: only images are shown/);
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
    // The YouTube video and the display date are reported; the file is still written.
    assert.equal(result.code, 1);
    const converted = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(converted.events.length, 4);
    assert.equal(cliRun('validate', out).code, 0);
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
