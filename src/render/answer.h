// Rendering answers: the one place where Marquee's output is made, for
// every interface. An Answer (marquee/engine.h) becomes text for a person
// (tables on stdout; notes, errors and hints on stderr) or JSON for a
// program (docs/json_output.md: results, and errors as objects on stdout),
// and one exit code. The HTTP server maps the same codes to statuses.
//
// Exit codes: 0 answered, 1 not found or an empty answer, 2 usage or input
// error (bad option, damaged or missing index), 3 ambiguous (several things
// match; the candidates say which), 4 gave up (a work budget ran out).

#pragma once

#include <ostream>
#include <string>

#include "marquee/engine.h"
#include "render/json.h"

namespace marquee {

enum ExitCode { kExitOk = 0, kExitNotFound = 1, kExitError = 2, kExitAmbiguous = 3, kExitGaveUp = 4 };

struct Rendered {
  std::string out;  // stdout
  std::string err;  // stderr
  int exit_code = kExitOk;
};

Rendered RenderAnswer(const Engine& engine, const Answer& answer, bool json);
// A failure before any Engine answered: a bad option, an index that cannot
// be opened. `hint` says what to do.
Rendered RenderFailure(const Status& status, const std::string& hint, bool json);

// The exit code of a status (OK: 0, or 1 when the answer is empty).
int ExitCodeOf(const Status& status, bool empty);
// The JSON `error` word of a status: "not_found", "ambiguous", "invalid",
// "corruption", "io_error", "not_supported", "gave_up".
const char* ErrorWord(const Status& status);

// The text renderings, one per command (answer_text.cc, connections_text.cc).
void TitleText(const Index& index, const Answer& a, std::ostream& out);
void CastText(const Index& index, const Answer& a, std::ostream& out);
void PersonText(const Index& index, const Answer& a, std::ostream& out);
void FilmographyText(const Index& index, const Answer& a, std::ostream& out);
void SearchText(const Index& index, const Answer& a, std::ostream& out, std::ostream& err);
void InfoText(const Index& index, const Answer& a, std::ostream& out);
void ConnectionsText(const Engine& engine, const Answer& a, std::ostream& out);

// `s` safe for a terminal: control characters other than newline and tab
// (C0, DEL, C1) shown as \xNN, so data cannot move the cursor or retitle
// the terminal. JSON keeps them, escaped by the JSON writer.
std::string TerminalSafe(std::string_view s);

}  // namespace marquee
