// write internals: an output stream buffer over a file descriptor that keeps
// the errno of a failed write, so the error can name its cause.
#pragma once

#include <unistd.h>

#include <cerrno>
#include <streambuf>

namespace parallax::detail {

class FdStreambuf : public std::streambuf {
public:
    explicit FdStreambuf(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }
    FdStreambuf(const FdStreambuf&) = delete;
    FdStreambuf& operator=(const FdStreambuf&) = delete;

    int error() const { return error_; }  // errno of the first failed write, 0 if none

protected:
    int_type overflow(int_type ch) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain() {
        const char* p = pbase();
        while (p < pptr() && error_ == 0) {
            ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) error_ = n < 0 ? errno : EIO;
            else p += n;
        }
        setp(buf_, buf_ + sizeof buf_);
        return error_ == 0;
    }

    int fd_;
    int error_ = 0;
    char buf_[1 << 16];
};

}  // namespace parallax::detail
