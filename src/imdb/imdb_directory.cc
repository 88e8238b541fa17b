#include <sys/stat.h>

#include <iterator>

#include "imdb/loaders.h"

namespace marquee::imdb {
namespace {

// Sets *path to `name`.tsv.gz or `name`.tsv in dir ("" when neither
// exists). Both at once is an error: which one is current cannot be told,
// and picking one silently could build from stale data.
Status Find(const std::string& dir, const std::string& name, std::string* path) {
  path->clear();
  for (const char* ext : {".tsv.gz", ".tsv"}) {
    std::string p = dir + "/" + name + ext;
    struct stat st;
    if (::stat(p.c_str(), &st) != 0) continue;
    if (!path->empty()) {
      return Status::InvalidArgument(dir + ": both " + name + ".tsv and " + name +
                                     ".tsv.gz exist; remove the one that should not be read");
    }
    *path = p;
  }
  return Status::OK();
}

}  // namespace

Status LoadImdbDirectory(const std::string& dir, const LoadContext& ctx) {
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return Status::InvalidArgument(dir + ": not a directory (expected a folder of IMDb .tsv or .tsv.gz files)");
  }
  using Loader = Status (*)(const std::string&, const LoadContext&);
  struct Step {
    const char* name;
    Loader load;
    bool required;
  };
  // Order matters: later files refer to rows of earlier ones.
  static const Step kSteps[] = {
      {"title.basics", LoadTitleBasics, true},     {"name.basics", LoadNameBasics, true},
      {"title.ratings", LoadTitleRatings, false},  {"title.episode", LoadTitleEpisode, false},
      {"title.akas", LoadTitleAkas, false},        {"title.principals", LoadTitlePrincipals, true},
      {"title.crew", LoadTitleCrew, false},
  };
  std::string paths[std::size(kSteps)], missing;
  for (size_t i = 0; i < std::size(kSteps); ++i) {
    MARQUEE_RETURN_IF_ERROR(Find(dir, kSteps[i].name, &paths[i]));
    if (kSteps[i].required && paths[i].empty()) missing += std::string(missing.empty() ? "" : ", ") + kSteps[i].name;
  }
  if (!missing.empty()) {
    return Status::InvalidArgument(dir + ": missing required IMDb file(s) " + missing +
                                   " (.tsv or .tsv.gz); download them from datasets.imdbws.com");
  }
  for (size_t i = 0; i < std::size(kSteps); ++i) {
    if (!paths[i].empty()) MARQUEE_RETURN_IF_ERROR(kSteps[i].load(paths[i], ctx));
  }
  return Status::OK();
}

}  // namespace marquee::imdb
