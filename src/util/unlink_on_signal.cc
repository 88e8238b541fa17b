#include "util/unlink_on_signal.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

namespace marquee {
namespace {

// Every signal whose default action ends the process and that a handler
// can catch (SIGKILL and SIGSTOP cannot be), except SIGXFSZ, ignored instead.
constexpr int kSignals[] = {SIGHUP,  SIGINT,  SIGQUIT, SIGILL,  SIGTRAP, SIGABRT, SIGBUS,
                            SIGFPE,  SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM,
                            SIGXCPU, SIGVTALRM, SIGPROF, SIGSYS};

struct Slot {
  enum : int { kFree, kFilling, kArmed };
  std::atomic<int> state{kFree};
  int dir_fd = -1;
  char name[NAME_MAX + 1] = {};
};
static_assert(std::atomic<int>::is_always_lock_free, "the handler reads slot states");

Slot g_slots[16];
struct sigaction g_previous[NSIG];  // before arming; written only with no file armed
bool g_installed[NSIG];
struct sigaction g_previous_xfsz;
int g_armed = 0;
std::mutex g_mu;  // Arm and Disarm; never taken by the handler

void OnSignal(int sig) {
  int saved_errno = errno;
  for (Slot& s : g_slots)
    if (s.state.load() == Slot::kArmed) ::unlinkat(s.dir_fd, s.name, 0);
  // The signal is blocked until this handler returns; then it is delivered
  // again under the previous action (by default, the process dies of it).
  ::sigaction(sig, &g_previous[sig], nullptr);
  ::raise(sig);
  errno = saved_errno;
}

void Install() {
  struct sigaction act;
  std::memset(&act, 0, sizeof(act));
  act.sa_handler = OnSignal;
  sigfillset(&act.sa_mask);  // one cleanup at a time
  for (int sig : kSignals) {
    g_installed[sig] = false;
    if (::sigaction(sig, nullptr, &g_previous[sig]) != 0) continue;
    if (g_previous[sig].sa_handler == SIG_IGN) continue;  // e.g. SIGHUP under nohup
    g_installed[sig] = ::sigaction(sig, &act, nullptr) == 0;
  }
  struct sigaction ignore;
  std::memset(&ignore, 0, sizeof(ignore));
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGXFSZ, &ignore, &g_previous_xfsz);
}

void Restore() {
  for (int sig : kSignals)
    if (g_installed[sig]) ::sigaction(sig, &g_previous[sig], nullptr);
  ::sigaction(SIGXFSZ, &g_previous_xfsz, nullptr);
}

}  // namespace

Status UnlinkOnSignal::Arm(int dir_fd, const std::string& name, int* slot) {
  if (name.size() > NAME_MAX) return Status::InvalidArgument(name + ": file name too long");
  std::lock_guard<std::mutex> l(g_mu);
  for (int i = 0; i < static_cast<int>(std::size(g_slots)); ++i) {
    Slot& s = g_slots[i];
    if (s.state.load() != Slot::kFree) continue;
    s.state.store(Slot::kFilling);
    s.dir_fd = dir_fd;
    std::memcpy(s.name, name.c_str(), name.size() + 1);
    if (g_armed++ == 0) Install();
    s.state.store(Slot::kArmed);
    *slot = i;
    return Status::OK();
  }
  return Status::NotSupported("more than " + std::to_string(std::size(g_slots)) +
                              " temporary files at once in one process");
}

void UnlinkOnSignal::Disarm(int slot) {
  std::lock_guard<std::mutex> l(g_mu);
  g_slots[slot].state.store(Slot::kFree);
  if (--g_armed == 0) Restore();
}

bool UnlinkOnSignal::Holds(const std::string& name) {
  std::lock_guard<std::mutex> l(g_mu);
  for (const Slot& s : g_slots)
    if (s.state.load() == Slot::kArmed && name == s.name) return true;
  return false;
}

}  // namespace marquee
