// Turning a typed search into what the peers' indexes take, by the same
// rules as the C API peer (bench/compare/sqlite_search.cc): the pieces
// between spaces that hold a letter or digit; for FTS5's word index every
// piece as a quoted term, the last also as a prefix ("the" "dark" "sec"*);
// for its trigram index the OR of the pieces' distinct three-letter runs;
// and, for DuckDB, the text folded as its name column is (lower case,
// accents dropped, anything but letters and digits as one space).

const pieces = (text) => text.split(' ').filter((p) => /[A-Za-z0-9]|[^\x00-\x7f]/.test(p));
const quoted = (s) => `"${s.replaceAll('"', '""')}"`;

export function fts5WordsQuery(text) {
  const q = pieces(text).map(quoted).join(' ');
  return q ? `${q}*` : '';
}

export function fts5TrigramQuery(text) {
  const grams = new Set();
  for (const p of pieces(text)) {
    const cp = Array.from(p);
    for (let i = 0; i + 3 <= cp.length; i++) grams.add(cp.slice(i, i + 3).join(''));
  }
  return [...grams].map(quoted).join(' OR ');
}

export function fold(text) {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
