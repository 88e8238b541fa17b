// Shared by the Node peers (duckdb.mjs, sqlite.mjs, kuzu.mjs): command-line
// options, the question list with Marquee's answers (written by
// marquee-compare-sqlite), turning an engine's rows into the same neutral
// form and comparing them with Marquee's, per-kind statistics, and the
// result JSON that run.sh's report reads. questions.mjs asks the questions.

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

// Co-star lists [[id, shared], ...] of at most `limit` people, as
// query_set.cc's CostarDiff: the same length, the same count at every rank,
// and the same people wherever the count is above the last one's (all of
// them when the list is shorter than `limit`): people tied at the cut may
// be cut differently.
export function costarDiff(want, got, limit) {
  if (want.length !== got.length) return `marquee has ${want.length} co-stars, peer ${got.length}`;
  for (let i = 0; i < want.length; i++) {
    if (want[i][1] !== got[i][1]) {
      return `rank ${i}: marquee ${want[i][0]} with ${want[i][1]} titles, peer ${got[i][0]} with ${got[i][1]}`;
    }
  }
  const cut = want.length < limit || !want.length ? 0 : want[want.length - 1][1];
  const above = (rows) => rows.filter((r) => r[1] > cut).map((r) => `${r[0]}:${r[1]}`).sort();
  const a = above(want);
  const b = above(got);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `marquee lists ${a[i]}, peer ${b[i]} (above the cut)`;
  return '';
}

// Right at top 1 (search_questions.h): the first hit [id, name, matched
// name] is the row drawn or has exactly its name.
export function top1Right(question, hits) {
  if (!hits.length) return false;
  const [id, name, matched] = hits[0];
  return id === question.id || name === question.name || matched === question.name;
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

// Latencies and agreement for one kind of question (the fields of
// measure.h's KindStats). Search counts top-1 hits per question form and
// which of the engine's means answered, instead of agreement.
export class KindStats {
  constructor() {
    Object.assign(this, { samples: [], agree: 0, disagree: 0, timeouts: 0, beyond_depth: 0, examples: [] });
    Object.assign(this, { top1: 0, by_form: {}, means: {} });
  }
  mismatch(what) {
    this.disagree++;
    if (this.examples.length < 3) this.examples.push(what);
  }
  searched(form, right, how) {
    const f = (this.by_form[form] ??= { top1: 0, asked: 0 });
    f.top1 += right;
    f.asked++;
    this.top1 += right;
    this.means[how] = (this.means[how] ?? 0) + 1;
  }
  json() {
    const j = {
      n: this.samples.length, p50_us: percentile(this.samples, 50), p99_us: percentile(this.samples, 99),
      agree: this.agree, disagree: this.disagree, timeouts: this.timeouts, beyond_depth: this.beyond_depth,
      examples: this.examples, samples_us: this.samples,
    };
    if (Object.keys(this.by_form).length) {
      Object.assign(j, { top1: this.top1, by_form: this.by_form, means: this.means });
    }
    return j;
  }
}

export const KINDS = ['cast', 'filmography', 'path', 'costars', 'search'];

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
    path_pending: q.path_pending, search_pending: q.search_pending, budget_seconds: q.budget_seconds,
    max_depth: q.max_depth, costar_limit: q.costar_limit,
  };
  for (const k of KINDS) out[k] = stats[k].json();
  fs.writeFileSync(path, JSON.stringify(out, null, 1) + '\n');
  let bad = 0;
  for (const k of KINDS) {
    bad += stats[k].disagree;
    for (const e of stats[k].examples) console.error(`DISAGREE ${e}`);
  }
  const p50 = KINDS.filter((k) => out[k].n).map((k) => `${k} ${(out[k].p50_us / 1000).toFixed(2)} ms`).join(', ');
  const top1 = out.search.n ? ` (search top-1 ${stats.search.top1}/${q.search.length})` : '';
  console.error(`${result.engine}: load ${result.load_seconds.toFixed(1)} s; p50 ${p50}${top1}; ${bad} disagreements`);
  return bad;
}
