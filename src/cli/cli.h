// Shared pieces of the `marquee` commands: the exit-code convention, error
// printing, and opening the index a command reads.

#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "marquee/index.h"
#include "marquee/query.h"
#include "marquee/status.h"
#include "render/json.h"

namespace marquee::cli {

// 0: found / done, 1: not found, 2: usage or input error.
enum Exit { kOk = 0, kNotFound = 1, kError = 2 };

struct GlobalOptions {
  std::string index_path;  // --index, $MARQUEE_INDEX, or "marquee.idx"
  bool json = false;       // --json
};

// Prints "marquee: <message>" (and a hint) to stderr; returns the exit code
// the status maps to.
int Fail(const Status& s, const std::string& hint = "");

// Opens the index, or prints why not (with what to do) and returns false.
bool OpenIndex(const GlobalOptions& g, std::unique_ptr<Index>* index, int* exit_code);

// Prints an Ambiguous/NotFound resolution with candidates and how to choose.
int ResolutionFailure(const GlobalOptions& g, const Status& s, const std::vector<Candidate>& candidates,
                      const char* noun);

// Prints `j` on stdout as DumpJson() renders it.
void PrintJson(const Json& j);

}  // namespace marquee::cli
