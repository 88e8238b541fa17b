// DuckDB's search, with what it has built in (its fts extension is not
// bundled: it would be downloaded at run time). One row per name (a title's
// primary and, when different, original title; a person's name) with its
// folded text and the popularity Marquee ranks by (votes for a title; for
// a person the summed votes of the distinct titles they are credited on).
// A query first scans for names holding every typed word, the last as a
// prefix (contains() on the folded text), exact names first, then by
// popularity; when none has them all, it ranks every name by
// jaro_winkler_similarity to the typed text (a full scan), then popularity.

import { fold } from './search_text.mjs';

export async function buildSearch(conn) {
  await conn.run(`CREATE TABLE popularity AS SELECT p.nid, sum(r.votes) AS pop
    FROM (SELECT DISTINCT nid, tid FROM principals) p JOIN ratings r ON r.tid = p.tid
    JOIN titles t ON t.tid = p.tid GROUP BY p.nid`);
  await conn.run(String.raw`CREATE TABLE names AS
    WITH docs AS (
      SELECT t.primaryTitle AS text, t.tconst AS id, t.primaryTitle AS name, coalesce(r.votes, 0) AS pop
        FROM titles t LEFT JOIN ratings r ON r.tid = t.tid WHERE t.primaryTitle IS NOT NULL
      UNION ALL
      SELECT t.originalTitle, t.tconst, t.primaryTitle, coalesce(r.votes, 0)
        FROM titles t LEFT JOIN ratings r ON r.tid = t.tid WHERE t.originalTitle <> t.primaryTitle
      UNION ALL
      SELECT n.primaryName, n.nconst, n.primaryName, coalesce(p.pop, 0)
        FROM people n LEFT JOIN popularity p ON p.nid = n.nid WHERE n.primaryName IS NOT NULL)
    SELECT ' ' || trim(regexp_replace(strip_accents(lower(text)), '[^\pL\pN]+', ' ', 'g')) || ' ' AS padded,
      id, name, text, pop FROM docs`);
}

// Returns search(text, timedOut) -> { hits: [[id, name, text]], means }; it
// stops between its two steps once timedOut() says so (the caller
// interrupts a running statement).
export async function makeSearch(conn, limit) {
  const byWords = new Map();  // statement per word count
  const fuzzy = await conn.prepare(`SELECT id, name, text FROM names
    ORDER BY jaro_winkler_similarity(padded, $1) DESC, pop DESC, id LIMIT ${limit}`);
  const rows = async (stmt, params) => {
    stmt.bind(params);
    return (await stmt.runAndReadAll()).getRowsJS();
  };
  return async (text, timedOut) => {
    const words = fold(text).split(' ').filter(Boolean);
    if (!words.length) return { hits: [], means: 'contains' };
    const k = words.length;
    if (!byWords.has(k)) {
      const all = words.map((_, i) => `contains(padded, $${i + 1})`).join(' AND ');
      byWords.set(k, await conn.prepare(`SELECT id, name, text FROM names WHERE ${all}
        ORDER BY padded = $${k + 1} DESC, pop DESC, id LIMIT ${limit}`));
    }
    const padded = ` ${words.join(' ')} `;
    const terms = words.map((w, i) => (i + 1 < k ? ` ${w} ` : ` ${w}`));
    const hits = await rows(byWords.get(k), [...terms, padded]);
    if (hits.length || timedOut()) return { hits, means: 'contains' };
    return { hits: await rows(fuzzy, [padded]), means: 'jaro_winkler' };
  };
}
