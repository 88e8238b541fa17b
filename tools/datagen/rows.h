// rows.h — the seven output files: their format specs and row generators.
//
// Promise: gen(w, begin, end, em) writes the rows of entities [begin, end)
// (titles, or people for name.basics) in id order, header first when begin
// is 0, through the Emitter (which applies --malformed). Chunks of the same
// file concatenate to the whole file.
#pragma once
#include <string>
#include <vector>

#include "malformed.h"
#include "world.h"

namespace datagen {

using GenFn = void (*)(const World&, uint64_t begin, uint64_t end, Emitter& em);

struct FileDef {
  FileSpec spec;
  bool by_people;             // entity = person (name.basics) rather than title
  uint64_t bytes_per_entity;  // rough, to size chunks at ~8 MB of text
  GenFn gen;
};

// In scheduling order: heaviest first, name.basics last (it needs knownFor,
// which title.principals fills).
const std::vector<FileDef>& FileDefs();

void GenBasics(const World&, uint64_t, uint64_t, Emitter&);
void GenEpisode(const World&, uint64_t, uint64_t, Emitter&);
void GenRatings(const World&, uint64_t, uint64_t, Emitter&);
void GenCrew(const World&, uint64_t, uint64_t, Emitter&);
void GenPrincipals(const World&, uint64_t, uint64_t, Emitter&);
void GenAkas(const World&, uint64_t, uint64_t, Emitter&);
void GenNames(const World&, uint64_t, uint64_t, Emitter&);

// JSON string body: escapes '"' and '\' (the only specials our text has).
inline void AppendJsonEscaped(std::string& out, std::string_view s) {
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
}

}  // namespace datagen
