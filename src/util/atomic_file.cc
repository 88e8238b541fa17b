#include "util/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "util/unlink_on_signal.h"

namespace marquee {
namespace {
constexpr size_t kBufferSize = 8 << 20;
constexpr char kTempInfix[] = ".tmp.";

Status Errno(const std::string& what) { return Status::IOError(what + ": " + std::strerror(errno)); }

// "a/b/c" -> "a/b" and "c"; a path naming no file is InvalidArgument.
Status Split(const std::string& path, std::string* dir, std::string* name) {
  size_t slash = path.rfind('/');
  *dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  *name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name->empty() || *name == "." || *name == "..") return Status::InvalidArgument(path + ": not a file name");
  return Status::OK();
}

// The process id N of a name `name`.tmp.N, or 0 when it is not one.
pid_t TempOwner(std::string_view entry, std::string_view name) {
  std::string_view prefix = std::string_view(kTempInfix);
  if (entry.size() <= name.size() + prefix.size() || entry.substr(0, name.size()) != name ||
      entry.substr(name.size(), prefix.size()) != prefix)
    return 0;
  std::string_view digits = entry.substr(name.size() + prefix.size());
  if (digits.size() > 9) return 0;
  pid_t pid = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return 0;
    pid = pid * 10 + (c - '0');
  }
  return pid;
}

bool Alive(pid_t pid, const std::string& entry) {
  if (pid == ::getpid()) return UnlinkOnSignal::Holds(entry);
  return ::kill(pid, 0) == 0 || errno == EPERM;
}

}  // namespace

Status AtomicFile::Create(const std::string& path, std::unique_ptr<AtomicFile>* out) {
  std::string dir, name;
  MARQUEE_RETURN_IF_ERROR(Split(path, &dir, &name));
  const std::string temp_name = name + kTempInfix + std::to_string(::getpid());
  const std::string temp_path = path + kTempInfix + std::to_string(::getpid());
  int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0) return Errno("cannot create " + temp_path);
  std::unique_ptr<AtomicFile> f(new AtomicFile(path, temp_path, dir_fd, name, temp_name));

  struct stat st;
  if (::fstatat(dir_fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode) &&
      !S_ISLNK(st.st_mode)) {
    return Status::IOError(path + ": exists and is not a regular file (" +
                           (S_ISDIR(st.st_mode) ? "a directory" : "a FIFO, device or socket") +
                           "); give another path");
  }
  // Armed before the file exists, so no signal can come between the two.
  MARQUEE_RETURN_IF_ERROR(UnlinkOnSignal::Arm(dir_fd, temp_name, &f->signal_slot_));
  f->fd_ = ::openat(dir_fd, temp_name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (f->fd_ < 0) {
    if (errno == EEXIST) {
      return Status::IOError("cannot create " + temp_path +
                             ": a file of that name exists and this writer did not make it; it is left as it is");
    }
    return Errno("cannot create " + temp_path);
  }
  f->created_ = true;
  f->buffer_.reserve(kBufferSize);
  if (const char* hold = std::getenv("MARQUEE_TEST_HOLD_TEMP")) ::sleep(static_cast<unsigned>(std::atoi(hold)));
  *out = std::move(f);
  return Status::OK();
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (created_ && !committed_) ::unlinkat(dir_fd_, temp_name_.c_str(), 0);
  if (signal_slot_ >= 0) UnlinkOnSignal::Disarm(signal_slot_);
  ::close(dir_fd_);
}

Status AtomicFile::RemoveStaleTemps(const std::string& path, std::vector<std::string>* removed) {
  std::string dir, name;
  MARQUEE_RETURN_IF_ERROR(Split(path, &dir, &name));
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return Status::OK();  // nothing to clean; Create says what is wrong
  while (const dirent* e = ::readdir(d)) {
    const std::string entry = e->d_name;
    pid_t pid = TempOwner(entry, name);
    if (pid <= 0 || Alive(pid, entry)) continue;
    struct stat st;
    if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) continue;
    if (::unlinkat(::dirfd(d), e->d_name, 0) == 0) removed->push_back(dir + "/" + entry);
  }
  ::closedir(d);
  return Status::OK();
}

Status AtomicFile::WriteError() {
  if (errno != EFBIG) return Errno("write " + temp_path_);
  struct rlimit limit;
  std::string bytes = ::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
                          ? " of " + std::to_string(limit.rlim_cur) + " bytes"
                          : "";
  return Status::IOError("write " + temp_path_ + ": the file size limit" + bytes +
                         " (ulimit -f) was reached before the file was complete");
}

Status AtomicFile::WriteAll(std::string_view data) {
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return WriteError();
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  return Status::OK();
}

Status AtomicFile::Flush() {
  MARQUEE_RETURN_IF_ERROR(WriteAll(buffer_));
  buffer_.clear();
  return Status::OK();
}

Status AtomicFile::Append(std::string_view data) {
  size_ += data.size();
  if (buffer_.size() + data.size() > kBufferSize) {
    MARQUEE_RETURN_IF_ERROR(Flush());
    // Straight from the caller's memory: copying a section of gigabytes
    // into the buffer would grow it to that size for the rest of the write.
    if (data.size() > kBufferSize) return WriteAll(data);
  }
  buffer_.append(data);
  return Status::OK();
}

Status AtomicFile::WriteAt(uint64_t offset, std::string_view data) {
  MARQUEE_RETURN_IF_ERROR(Flush());
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::pwrite(fd_, data.data() + done, data.size() - done, static_cast<off_t>(offset + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return WriteError();
    }
    done += static_cast<size_t>(n);
  }
  return Status::OK();
}

Status AtomicFile::Commit() {
  MARQUEE_RETURN_IF_ERROR(Flush());
  if (::fsync(fd_) != 0) return Errno("fsync " + temp_path_);
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return Errno("close " + temp_path_);
  if (::renameat(dir_fd_, temp_name_.c_str(), dir_fd_, name_.c_str()) != 0) return Errno("rename to " + path_);
  committed_ = true;
  ::fsync(dir_fd_);
  return Status::OK();
}

}  // namespace marquee
