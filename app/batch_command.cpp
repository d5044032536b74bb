// `parallax batch` and `parallax batch-index`: progress on stderr, failed
// sets named, the index written last, and the exit status.
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "parallax/batch.hpp"
#include "parallax/display.hpp"
#include "parallax/error.hpp"

namespace parallax::app {

namespace {

// Draws progress on stderr: a redrawn bar on a terminal, a plain line every
// few seconds otherwise.
class ProgressPrinter {
public:
    explicit ProgressPrinter(bool tty) : tty_(tty) {}

    void operator()(const batch::Progress& p) {
        auto now = std::chrono::steady_clock::now();
        double since = std::chrono::duration<double>(now - last_).count();
        // A terminal gets a redraw up to ten times a second; a log, a line every five.
        if (!p.finished && (tty_ ? drawn_ && since < 0.1 : since < 5.0)) return;
        last_ = now;
        drawn_ = true;
        std::string line = describe(p);
        if (tty_) std::cerr << "\r\033[K" << line << (p.finished ? "\n" : "") << std::flush;
        else std::cerr << "parallax batch: " << line << '\n' << std::flush;
    }

private:
    static std::string clock(double s) {
        long t = std::lround(s);
        char buf[32];
        if (t >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
        else std::snprintf(buf, sizeof buf, "%ld:%02ld", t / 60, t % 60);
        return buf;
    }

    std::string describe(const batch::Progress& p) const {
        std::ostringstream o;
        double rate = p.seconds > 0 ? static_cast<double>(p.done) / p.seconds : 0.0;
        char rate_text[32];
        std::snprintf(rate_text, sizeof rate_text, "%.1f", rate);
        if (p.total > 0 && tty_) {
            const int width = 30;
            int filled = static_cast<int>(width * p.done / p.total);
            o << '[' << std::string(filled, '#') << std::string(width - filled, '-') << "] ";
        }
        o << p.done;
        if (p.total > 0 || p.finished) o << '/' << (p.total > 0 ? p.total : p.done);
        o << " sets, " << rate_text << " sets/s";
        if (!p.finished && p.total > 0 && rate > 0) o << ", ETA " << clock(static_cast<double>(p.total - p.done) / rate);
        if (p.finished) o << ", " << clock(p.seconds) << " elapsed";
        if (p.failed) o << ", " << p.failed << " failed";
        if (p.skipped) o << ", " << p.skipped << " skipped (complete)";
        return o.str();
    }

    bool tty_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

void report_failures(const std::vector<batch::SetSummary>& sets) {
    for (const auto& s : sets)
        if (s.status == batch::SetStatus::error) std::cerr << "parallax: set " << display(s.id) << " failed: " << display(s.error) << '\n';
}

}  // namespace

int run_batch(const BatchArgs& a) {
    ProgressPrinter printer(isatty(STDERR_FILENO) != 0);
    batch::ProgressFn progress;
    if (!a.quiet) progress = [&printer](const batch::Progress& p) { printer(p); };
    if (a.jsonl) {
        std::ios::sync_with_stdio(false);
        batch::SetStatus status = batch::run_stream(std::cin, std::cout, a.options, progress);
        finish_stdout();
        return exit_code(status);
    }
    // The index is written here, after the failed sets are named: a full
    // disk must not hide which sets it broke behind one index error.
    batch::Options opt = a.options;
    opt.write_index = false;
    auto sets = batch::run(batch::read_input(a.input), opt, progress);
    report_failures(sets);
    if (a.options.write_index) batch::write_index(opt.out_dir, sets);
    return exit_code(batch::overall(sets));
}

int run_batch_index(const BatchIndexArgs& a) {
    auto sets = batch::rebuild_index(a.out_dir);
    report_failures(sets);
    return exit_code(batch::overall(sets));
}

}  // namespace parallax::app
