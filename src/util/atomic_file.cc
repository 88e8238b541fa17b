#include "util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace marquee {
namespace {
constexpr size_t kBufferSize = 8 << 20;

Status Errno(const std::string& what) { return Status::IOError(what + ": " + std::strerror(errno)); }

std::string DirOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}
}  // namespace

Status AtomicFile::Create(const std::string& path, std::unique_ptr<AtomicFile>* out) {
  std::string temp = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Errno("cannot create " + temp);
  out->reset(new AtomicFile(path, temp, fd));
  (*out)->buffer_.reserve(kBufferSize);
  return Status::OK();
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temp_path_.c_str());
}

Status AtomicFile::WriteAll(std::string_view data) {
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Errno("write " + temp_path_);
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
      return Errno("write " + temp_path_);
    }
    done += static_cast<size_t>(n);
  }
  return Status::OK();
}

Status AtomicFile::Commit() {
  MARQUEE_RETURN_IF_ERROR(Flush());
  if (::fsync(fd_) != 0) return Errno("fsync " + temp_path_);
  if (::close(fd_) != 0) {
    fd_ = -1;
    return Errno("close " + temp_path_);
  }
  fd_ = -1;
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) return Errno("rename to " + path_);
  committed_ = true;
  int dir = ::open(DirOf(path_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return Status::OK();
}

}  // namespace marquee
