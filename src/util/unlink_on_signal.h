// UnlinkOnSignal: removes a process's temporary files when a signal ends it.
// While at least one file is armed, every catchable signal whose action
// would end the process (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, the
// crash signals...) first unlinks the armed files, then runs the action
// that was there before (the default: the process dies of that signal).
// Signals the process ignored stay ignored. SIGXFSZ is ignored while armed,
// so a write past the file size limit (ulimit -f) fails with EFBIG and the
// writer can clean up and say why, instead of dying with its file behind.
// Disarming the last file restores every previous action.
//
// The handler only calls async-signal-safe functions (unlinkat, sigaction,
// raise) on names stored in static slots; a directory descriptor per file
// makes the unlink independent of the current directory.

#pragma once

#include <string>

#include "marquee/status.h"

namespace marquee {

class UnlinkOnSignal {
 public:
  // Arms the file `name` inside the directory open as `dir_fd` (which must
  // stay open until Disarm). Sets *slot for Disarm. Fails when the name is
  // too long or too many files are armed at once.
  static Status Arm(int dir_fd, const std::string& name, int* slot);
  static void Disarm(int slot);

  // Whether a file called `name` is armed (in any directory).
  static bool Holds(const std::string& name);
};

}  // namespace marquee
