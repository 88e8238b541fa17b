// Asks a Node peer the shared questions and checks its answers against
// Marquee's (common.mjs), the same way for every engine:
//   cast, filmography: every answer checked once (untimed, warming the
//     caches), then `reps` timed passes;
//   path, costars: one timed pass, checked as it goes; past the budget
//     counts as a timeout, not a disagreement;
//   search: one untimed pass scoring top-1, then one timed pass (a
//     question past the budget in the first is not asked again).
// Engine methods (sync or async):
//   cast(id), filmography(id) -> rows in the neutral form;
//   path(from, to, maxDepth, budgetSeconds) -> distance, -1 (none within
//     maxDepth) or -3 (timed out), or { d, us } when it timed itself;
//   costars(id, limit, budgetSeconds) -> { rows: [[id, shared]] } or
//     { timedOut: true }, plus `us` when it timed itself;
//   search(text, limit, budgetSeconds) -> { hits: [[id, name, matched]], means } or
//     { timedOut: true }, plus `us` when it timed itself.
// A missing method leaves that kind unasked.

import { KindStats, KINDS, diff, costarDiff, top1Right, nowUs } from './common.mjs';

// Runs `call` and returns its result with the time it took (or the
// engine's own time, when it reports one).
async function timed(call) {
  const t = nowUs();
  const r = await call();
  const us = nowUs() - t;
  return typeof r === 'object' && r !== null && r.us !== undefined ? r : { ...r, us };
}

export async function runQuestions(engine, q, reps) {
  const stats = Object.fromEntries(KINDS.map((k) => [k, new KindStats()]));
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
  if (!q.path_pending && engine.costars) {
    const s = stats.costars;
    for (const c of q.costars ?? []) {
      const r = await timed(() => engine.costars(c.id, q.costar_limit, q.budget_seconds));
      s.samples.push(r.us);
      if (r.timedOut) s.timeouts++;
      else if (c.marquee_gave_up) s.beyond_depth++;  // nothing to check against
      else {
        const d = costarDiff(c.rows, r.rows, q.costar_limit);
        if (d) s.mismatch(`costars ${c.id}: ${d}`);
        else s.agree++;
      }
    }
  }
  if (!q.search_pending && engine.search) {
    const s = stats.search;
    const ask = (item) => timed(() => engine.search(item.query, q.search_limit, q.budget_seconds));
    const timedOut = new Set();
    for (const item of q.search ?? []) {
      const r = await ask(item);
      if (r.timedOut) timedOut.add(item);
      s.searched(item.form, !r.timedOut && top1Right(item, r.hits), r.timedOut ? 'timed out' : r.means);
    }
    s.timeouts = timedOut.size;
    // A question past the budget once is not asked again: its time is the budget.
    for (const item of q.search ?? []) {
      s.samples.push(timedOut.has(item) ? q.budget_seconds * 1e6 : (await ask(item)).us);
    }
  }
  return stats;
}
