#include "util/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace marquee {

Status OpenRegularFile(const std::string& path, int* fd, size_t* size) {
  // O_NONBLOCK: open returns at once on a FIFO; regular files ignore it.
  *fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (*fd < 0) return Status::IOError(path + ": " + std::strerror(errno));
  struct stat st;
  const char* kind = nullptr;
  if (::fstat(*fd, &st) != 0) kind = std::strerror(errno);
  else if (S_ISDIR(st.st_mode)) kind = "a directory, not a regular file";
  else if (S_ISFIFO(st.st_mode)) kind = "a FIFO (named pipe), not a regular file; write it to a file first";
  else if (!S_ISREG(st.st_mode)) kind = "a device or socket, not a regular file";
  if (kind == nullptr && ::fcntl(*fd, F_SETFL, 0) != 0) kind = std::strerror(errno);
  if (kind != nullptr) {
    ::close(*fd);
    *fd = -1;
    return Status::IOError(path + ": " + kind);
  }
  *size = static_cast<size_t>(st.st_size);
  return Status::OK();
}

Status MappedFile::Open(const std::string& path, std::unique_ptr<MappedFile>* out) {
  int fd;
  size_t size;
  MARQUEE_RETURN_IF_ERROR(OpenRegularFile(path, &fd, &size));
  const char* data = "";
  if (size > 0) {
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
      int err = errno;
      ::close(fd);
      return Status::IOError(path + ": mmap: " + std::strerror(err));
    }
    data = static_cast<const char*>(p);
  }
  ::close(fd);  // the mapping keeps the file alive
  out->reset(new MappedFile(path, data, size));
  return Status::OK();
}

Status MappedFile::Prefault() const {
#ifndef MADV_POPULATE_READ
  constexpr int MADV_POPULATE_READ = 22;  // Linux 5.14; older headers lack it
#endif
  if (size_ == 0) return Status::OK();
  if (::madvise(const_cast<char*>(data_), size_, MADV_POPULATE_READ) != 0) {
    int err = errno;
    if (err == EINVAL) return Status::NotSupported(path_ + ": prefault needs Linux 5.14 or later");
    return Status::IOError(path_ + ": prefault: " + std::strerror(err));
  }
  return Status::OK();
}

MappedFile::~MappedFile() {
  if (size_ > 0) ::munmap(const_cast<char*>(data_), size_);
}

}  // namespace marquee
