// What the Engine's command files share: failing an Answer, resolving a
// subject into it, and checking a request's words against the index.

#pragma once

#include <string>
#include <vector>

#include "marquee/engine.h"

// Returns `answer` failed with `expr`'s Status when that is not OK.
#define MARQUEE_RETURN_IF_FAILED(answer, expr)                  \
  do {                                                          \
    ::marquee::Status _st = (expr);                             \
    if (!_st.ok()) return ::marquee::api::Fail(std::move(answer), std::move(_st)); \
  } while (0)

namespace marquee::api {

Answer Fail(Answer a, Status s, std::string hint = "");
// InvalidArgument unless the request names min..max subjects.
Status CheckSubjects(const Request& r, size_t min, size_t max);
// Resolves r.subjects[i] (a person, or a title narrowed by r.year and
// r.types) into a->resolved; false with a->status, candidates and hint set.
bool ResolveSubject(const Engine& e, const Request& r, size_t i, bool person, Answer* a);
// InvalidArgument naming `option`, the unknown word, the closest known one
// and the list, for the first of `words` not in `known`.
Status CheckWords(const char* option, const std::vector<std::string>& words, const std::vector<std::string>& known);
// The categories a request may name: the groups, this index's and IMDb's.
std::vector<std::string> KnownCategories(const Index& index);
std::vector<std::string> KnownTitleTypes(const Index& index, bool with_all);
// Categories with the groups spelled out for `index`; empty means all.
std::vector<std::string> ExpandCategories(const Index& index, const std::vector<std::string>& categories);

Answer AskConnections(const Engine& e, const Request& r, Answer a);

}  // namespace marquee::api
