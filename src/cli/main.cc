// marquee: the command-line application, a thin door over libmarquee. CLI11
// defines the flags and their help; every value goes through SetOption
// (marquee/request.h), the one parser the HTTP server and Python share.

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fmt/format.h>
#include <memory>

#include "cli/cli.h"

namespace marquee::cli {
namespace {

// The flags of one subcommand, kept as text until SetOption reads them.
struct Flags {
  std::vector<std::pair<std::string, CLI::Option*>> options;  // name without dashes
  std::vector<std::pair<std::string, bool*>> switches;
};

struct Subcommand {
  marquee::Command command;
  CLI::App* app;
  Flags flags;
  std::vector<std::string> values;  // storage CLI11 writes into
};

void AddOption(Subcommand* c, const std::string& name, const std::string& help) {
  CLI::Option* o = c->app->add_option("--" + name)->description(help)->expected(1)->multi_option_policy(
      CLI::MultiOptionPolicy::TakeAll);
  c->flags.options.emplace_back(name, o);
}

void AddSwitch(Subcommand* c, const std::string& name, const std::string& help, std::deque<bool>* store) {
  bool* b = &store->emplace_back(false);
  c->app->add_flag("--" + name, *b, help);
  c->flags.switches.emplace_back(name, b);
}

void AddFilters(Subcommand* c, std::deque<bool>* store) {
  AddOption(c, "category", "credit categories that link (default: actor,actress,self; also cast, crew, all)");
  AddOption(c, "type", "title types that link (default: movie,tvMovie,tvSeries,tvMiniSeries; or all)");
  AddOption(c, "years", "only titles from these years: A-B, A-, -B, A or a decade like 1990s");
  AddOption(c, "min-votes", "only titles with at least this many votes");
  AddSwitch(c, "adult", "let adult titles link people too", store);
  AddOption(c, "max-visits", "give up after reaching this many people and titles");
  AddOption(c, "timeout", "give up after this many seconds");
}

// Reads the subcommand's flags into `r` through the one parser.
Status ToRequest(const Subcommand& c, Request* r) {
  r->command = c.command;
  for (const auto& [name, opt] : c.flags.options)
    for (const std::string& value : opt->results()) MARQUEE_RETURN_IF_ERROR(SetOption(r, name, value));
  for (const auto& [name, on] : c.flags.switches)
    if (*on) MARQUEE_RETURN_IF_ERROR(SetOption(r, name, "true"));
  return Status::OK();
}

// CLI11's message, or for a word that is no command, which commands exist.
Status UsageError(const CLI::App& app, int argc, char** argv, const CLI::ParseError& e) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "-i" || arg == "--index") {
      ++i;
      continue;
    }
    if (arg.starts_with("-")) continue;
    bool known = false;
    for (const CLI::App* sub : app.get_subcommands({})) known |= sub->get_name() == arg;
    if (known) break;
    marquee::Command ignored;
    Status s = ParseCommand(arg, &ignored);
    return Status::InvalidArgument(s.message() + ", build, verify");
  }
  return Status::InvalidArgument(e.what());
}

}  // namespace
}  // namespace marquee::cli

int main(int argc, char** argv) {
  using namespace marquee;
  using namespace marquee::cli;
  GlobalOptions g;
  // Known before parsing, so that even a parse error is JSON for a program.
  for (int i = 1; i < argc; ++i) g.json |= std::strcmp(argv[i], "--json") == 0;
  CLI::App app{"marquee: film credits from the record — who played whom, who made what, and how they connect"};
  app.require_subcommand(1);
  app.fallthrough();  // global options after the subcommand too: `marquee cast Heat --json`
  const char* env = std::getenv("MARQUEE_INDEX");
  g.index_path = env && *env ? env : "marquee.idx";
  app.add_option("-i,--index", g.index_path, "index file (default: $MARQUEE_INDEX or ./marquee.idx)");
  app.add_flag("--json", g.json, "print JSON, errors included (schema: docs/json_output.md)");
  app.set_version_flag("-V,--version", std::string("marquee ") + MARQUEE_VERSION);

  BuildArgs build;
  auto* b = app.add_subcommand("build", "build an index from IMDb TSV files and/or movies-JSON files");
  b->add_option("--imdb", build.imdb_dir, "directory of IMDb .tsv/.tsv.gz files");
  b->add_option("--movies", build.movies, "movies-JSON files (.json/.json.gz)");
  b->add_flag("--strict", build.strict, "stop at the first bad row instead of skipping it");
  b->add_flag("-q,--quiet", build.quiet, "print nothing but errors");
  b->add_flag("--merge-duplicate-names", build.merge_duplicate_names,
              "movies-JSON: merge names that differ only by accents, quotes or punctuation (reported either way)");
  app.add_subcommand("verify", "check every checksum and invariant of the index");

  std::deque<bool> switches;
  std::vector<std::unique_ptr<Subcommand>> commands;
  std::vector<std::string> subjects;
  auto add = [&](marquee::Command cmd, const char* help, const char* subject, const char* subject_help, int min,
                 int max) {
    auto c = std::make_unique<Subcommand>();
    c->command = cmd;
    c->app = app.add_subcommand(CommandName(cmd), help);
    if (max > 0) c->app->add_option(subject, subjects, subject_help)->required()->expected(min, max);
    commands.push_back(std::move(c));
    return commands.back().get();
  };
  using C = marquee::Command;
  add(C::kInfo, "what the index holds and what it was built from", "", "", 0, 0);
  for (C cmd : {C::kTitle, C::kCast}) {
    Subcommand* c = add(cmd, cmd == C::kTitle ? "a title's facts, makers, stars and alternate titles"
                                           : "a title's cast in billing order with characters",
                     "title", "a title id (tt…) or a title, optionally with (YEAR)", 1, 1);
    AddOption(c, "year", "the title's start year");
    AddOption(c, "type", "title type(s): movie, tvSeries, …");
    if (cmd == C::kCast) AddSwitch(c, "crew", "also the crew, grouped by category", &switches);
  }
  add(C::kPerson, "a person's facts and best-known titles", "person", "a person id (nm…) or a name", 1, 1);
  Subcommand* f = add(C::kFilmography, "a person's credits by year", "person", "a person id (nm…) or a name", 1, 1);
  AddOption(f, "category", "only these categories (actor, director, …; or cast, crew, all)");
  AddOption(f, "type", "only these title types (movie, tvSeries, …)");
  AddOption(f, "years", "only these years: A-B, A-, -B, A or a decade like 1990s");
  AddSwitch(f, "episodes", "list episode credits one by one instead of per series", &switches);
  Subcommand* s = add(C::kSearch, "find titles and people from free text (typos, accents, prefixes, alternate titles)",
                   "query", "what to look for, e.g. \"toni colete\" or \"the outsider 2020\"", 1, 1);
  AddOption(s, "type", "title, person, or title type(s): movie, tvSeries, …");
  AddOption(s, "year", "only titles that start in this year");
  AddOption(s, "limit", "how many results (1-1000, default 10)");
  Subcommand* c = add(C::kCostars, "the people someone shares the most titles with", "person",
                   "a person id (nm…) or a name", 1, 1);
  AddOption(c, "limit", "how many (default 20)");
  AddFilters(c, &switches);
  AddFilters(add(C::kShared, "the titles in which all of these people appear", "people",
                 "two or more person ids or names", 2, 64), &switches);
  Subcommand* p = add(C::kPath, "a shortest chain of shared titles from one person to another", "people",
                   "two person ids or names", 2, 2);
  AddOption(p, "all", "list up to N shortest chains and count them all");
  AddFilters(p, &switches);
  AddFilters(add(C::kDistances, "how many people lie at each distance from someone", "person",
                 "a person id (nm…) or a name", 1, 1), &switches);
  Subcommand* e = add(C::kCenter, "the people closest on average to everyone else (Oracle of Bacon)", "", "", 0, 0);
  AddOption(e, "top", "how many people to rank (default 10)");
  AddOption(e, "threads", "threads to use (default 2)");
  AddFilters(e, &switches);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --help-all, --version
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return Emit(RenderFailure(UsageError(app, argc, argv, e), "see `marquee --help` or `marquee COMMAND --help`", g.json));
  }
  CLI::App* chosen = app.get_subcommands()[0];
  if (chosen == b) return RunBuild(g, build);
  if (chosen->get_name() == "verify") return RunVerify(g);
  const Subcommand* cmd = nullptr;
  for (const auto& x : commands)
    if (x->app == chosen) cmd = x.get();
  Request request;
  request.subjects = subjects;
  if (Status st = ToRequest(*cmd, &request); !st.ok()) return Emit(RenderFailure(st, "", g.json));
  std::unique_ptr<Engine> engine;
  if (Status st = Engine::Open(g.index_path, &engine); !st.ok()) {
    bool missing = st.code() == Status::Code::kIOError;
    if (missing) st = Status::IOError(fmt::format("cannot open the index {}: {}", g.index_path, st.message()));
    return Emit(RenderFailure(st, missing ? OpenIndexHint() : "rebuild the index with `marquee build`", g.json));
  }
  return Emit(RenderAnswer(*engine, engine->Ask(request), g.json));
}
