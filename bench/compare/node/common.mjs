// Shared by the Node peers (duckdb.mjs, sqlite.mjs, kuzu.mjs): command-line
// options, the question list with Marquee's answers (written by
// marquee-compare-sqlite), turning an engine's rows into the same neutral
// form and comparing them row by row, timing, and the result JSON that
// run.sh's report reads. Every peer runs the same script shape: load,
// check every answer once (also warming caches), then time each question.

import fs from 'node:fs';
import { parseArgs } from 'node:util';

export function options() {
  const { values } = parseArgs({
    options: {
      queries: { type: 'string' },   // questions + Marquee's answers (JSON)
      imdb: { type: 'string' },      // directory with the .tsv(.gz) files
      db: { type: 'string' },        // database file or directory to create
      out: { type: 'string' },       // result JSON to write
      reps: { type: 'string', default: '3' },
      'memory-gb': { type: 'string', default: '8' },
    },
  });
  for (const k of ['queries', 'imdb', 'db', 'out']) if (!values[k]) throw new Error(`--${k} is required`);
  return { ...values, reps: Number(values.reps), memoryGb: Number(values['memory-gb']) };
}

export function loadQueries(path) {
  return JSON.parse(fs.readFileSync(path, 'utf8'));
}

export function tsvPath(dir, name) {
  for (const ext of ['.tsv.gz', '.tsv']) if (fs.existsSync(`${dir}/${name}${ext}`)) return `${dir}/${name}${ext}`;
  return null;
}

// IMDb's characters field is a JSON array text; NULL means none.
export function decodeCharacters(raw) {
  if (raw === null || raw === undefined || raw === '') return [];
  try {
    const v = JSON.parse(raw);
    return Array.isArray(v) ? v.map(String) : [`<bad JSON: ${raw}>`];
  } catch {
    return [`<bad JSON: ${raw}>`];
  }
}

// Rows as Marquee's answers are written: cast [id, name, category, job,
// characters]; filmography [id, name, year, category, job, characters];
// job '' and year 0 when unknown.
export function castRow(id, name, category, job, characters) {
  return [id, name, category, job ?? '', decodeCharacters(characters)];
}
export function filmRow(id, name, year, category, job, characters) {
  return [id, name, year === null || year === undefined ? 0 : Number(year), category, job ?? '',
    decodeCharacters(characters)];
}

export function diff(want, got) {
  for (let i = 0; i < Math.min(want.length, got.length); i++) {
    if (JSON.stringify(want[i]) !== JSON.stringify(got[i])) {
      return `row ${i}: marquee ${JSON.stringify(want[i])} peer ${JSON.stringify(got[i])}`;
    }
  }
  return want.length === got.length ? '' : `marquee has ${want.length} rows, peer ${got.length}`;
}

export function percentile(values, p) {
  if (!values.length) return 0;
  const v = [...values].sort((a, b) => a - b);
  const rank = Math.min(v.length, Math.max(1, Math.ceil((p / 100) * v.length)));
  return v[rank - 1];
}

export const nowUs = () => Number(process.hrtime.bigint()) / 1000;

export function idNumber(id) {
  return Number(id.slice(2));
}

// Latencies and agreement for one kind of question.
export class KindStats {
  constructor() {
    Object.assign(this, { samples: [], agree: 0, disagree: 0, timeouts: 0, beyond_depth: 0, examples: [] });
  }
  mismatch(what) {
    this.disagree++;
    if (this.examples.length < 3) this.examples.push(what);
  }
  json() {
    return {
      n: this.samples.length, p50_us: percentile(this.samples, 50), p99_us: percentile(this.samples, 99),
      agree: this.agree, disagree: this.disagree, timeouts: this.timeouts, beyond_depth: this.beyond_depth,
      examples: this.examples, samples_us: this.samples,
    };
  }
}

// Checks and times cast and filmography through engine.cast(id) /
// engine.filmography(id) (each returning rows in the neutral form, sync or
// async), then paths through engine.path(from, to, maxDepth, budgetSeconds)
// returning a distance, -1 (none within maxDepth) or -3 (timed out), or
// { d, us } when the engine measured the query's time itself.
export async function runQuestions(engine, q, reps) {
  const stats = { cast: new KindStats(), filmography: new KindStats(), path: new KindStats() };
  for (const [kind, fn] of [['cast', engine.cast], ['filmography', engine.filmography]]) {
    const s = stats[kind];
    for (const item of q[kind]) {
      const d = diff(item.rows, await fn.call(engine, item.id));
      if (d) s.mismatch(`${kind} ${item.id}: ${d}`);
      else s.agree++;
    }
    for (let r = 0; r < reps; r++) {
      for (const item of q[kind]) {
        const t = nowUs();
        await fn.call(engine, item.id);
        s.samples.push(nowUs() - t);
      }
    }
  }
  if (!q.path_pending && engine.path) {
    const s = stats.path;
    for (const p of q.path) {
      const t = nowUs();
      let d = await engine.path(p.from, p.to, q.max_depth, q.budget_seconds);
      let us = nowUs() - t;
      if (typeof d === 'object') ({ d, us } = d);  // the engine timed the query itself
      s.samples.push(us);
      const want = p.distance ?? -1;
      process.stderr.write(`path ${p.from} ${p.to}: marquee ${want}, peer ${d} (${(us / 1e6).toFixed(3)} s)\n`);
      if (d === -3) s.timeouts++;
      else if (d === want) s.agree++;
      else if (d === -1 && (want > q.max_depth || p.marquee_gave_up)) s.beyond_depth++;
      else s.mismatch(`path ${p.from} ${p.to}: marquee ${want}, peer ${d}`);
    }
  }
  return stats;
}

export function dirBytes(path) {
  if (!fs.existsSync(path)) return 0;
  const st = fs.statSync(path);
  if (!st.isDirectory()) return st.size;
  return fs.readdirSync(path).reduce((n, f) => n + dirBytes(`${path}/${f}`), 0);
}

export function writeResult(path, result, stats, q) {
  const out = {
    ...result,
    peak_rss_bytes: process.resourceUsage().maxRSS * 1024,
    peak_rss_note: 'whole Node process (maxRSS)',
    cast: stats.cast.json(), filmography: stats.filmography.json(), path: stats.path.json(),
    path_pending: q.path_pending, budget_seconds: q.budget_seconds, max_depth: q.max_depth,
  };
  fs.writeFileSync(path, JSON.stringify(out, null, 1) + '\n');
  for (const k of ['cast', 'filmography', 'path']) for (const e of stats[k].examples) console.error(`DISAGREE ${e}`);
  const bad = stats.cast.disagree + stats.filmography.disagree + stats.path.disagree;
  console.error(`${result.engine}: load ${result.load_seconds.toFixed(1)} s; cast p50 ${out.cast.p50_us.toFixed(1)} us,`
    + ` filmography p50 ${out.filmography.p50_us.toFixed(1)} us, path p50 ${(out.path.p50_us / 1000).toFixed(1)} ms;`
    + ` ${bad} disagreements`);
  return bad;
}
