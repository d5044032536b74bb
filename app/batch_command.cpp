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
    // `shard` ("shard 2/4: ", or "") starts every line, so the logs of many
    // shards say whose they are.
    ProgressPrinter(bool tty, std::string shard) : tty_(tty), shard_(std::move(shard)) {}

    void operator()(const batch::Progress& p) {
        auto now = std::chrono::steady_clock::now();
        double since = std::chrono::duration<double>(now - last_).count();
        // A terminal gets a redraw up to ten times a second; a log, a line every five.
        if (!p.finished && (tty_ ? drawn_ && since < 0.1 : since < 5.0)) return;
        last_ = now;
        drawn_ = true;
        std::string line = shard_ + describe(p);
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
        o << ((p.total > 0 ? p.total : p.done) == 1 ? " set, " : " sets, ") << rate_text << " sets/s";
        if (!p.finished && p.total > 0 && rate > 0) o << ", ETA " << clock(static_cast<double>(p.total - p.done) / rate);
        if (p.finished) o << ", " << clock(p.seconds) << " elapsed";
        if (p.failed) o << ", " << p.failed << " failed";
        if (p.skipped) o << ", " << p.skipped << " skipped (complete)";
        return o.str();
    }

    bool tty_;
    std::string shard_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

std::string shard_label(batch::Shard shard) {
    if (shard.count <= 1) return "";
    return "shard " + std::to_string(shard.index) + "/" + std::to_string(shard.count) + ": ";
}

// The last line of a run, for logs and scripts: what was done, in words a
// grep finds.
void print_counts(const std::string& shard, const batch::Progress& p) {
    std::cerr << "parallax batch: " << shard << "done " << p.done << ", skipped " << p.skipped << ", failed " << p.failed << ", differ "
              << p.differ << ", incomplete " << p.incomplete << ", agree " << (p.done - p.failed - p.differ - p.incomplete) << '\n';
}

void report_failures(const std::vector<batch::SetSummary>& sets) {
    for (const auto& s : sets)
        if (s.status == batch::SetStatus::error) std::cerr << "parallax: set " << display(s.id) << " failed: " << display(s.error) << '\n';
}

}  // namespace

int run_batch(const BatchArgs& a) {
    std::string shard = shard_label(a.options.shard);
    // Always shown: a shard read from the environment is a guess the log must record.
    if (!a.shard_from.empty())
        std::cerr << "parallax batch: shard " << a.options.shard.index << '/' << a.options.shard.count << " (from " << display(a.shard_from)
                  << ")\n";
    ProgressPrinter printer(isatty(STDERR_FILENO) != 0, shard);
    batch::Progress last;
    batch::ProgressFn progress = [&](const batch::Progress& p) {
        if (p.finished) last = p;
        if (!a.quiet) printer(p);
    };
    if (a.jsonl) {
        std::ios::sync_with_stdio(false);
        batch::SetStatus status = batch::run_stream(std::cin, std::cout, a.options, progress);
        finish_stdout();
        if (!a.quiet) print_counts(shard, last);
        return exit_code(status, a.differ_exit);
    }
    // The shard's record and the index are written here, after the failed
    // sets are named: a full disk must not hide which sets it broke behind
    // one error writing them.
    batch::Options opt = a.options;
    opt.write_index = false;
    opt.write_record = false;
    std::vector<batch::SetSpec> input = batch::read_input(a.input);
    auto sets = batch::run(input, opt, progress);
    report_failures(sets);
    if (!a.quiet) print_counts(shard, last);
    batch::write_shard_record(opt.out_dir, opt.shard, input, sets);
    if (a.options.write_index) batch::write_index(opt.out_dir, sets);
    return exit_code(batch::overall(sets), a.differ_exit);
}

int run_batch_index(const BatchIndexArgs& a) {
    batch::Rebuilt found = batch::rebuild_index(a.out_dir, a.partial);
    report_failures(found.sets);
    for (const auto& m : found.missing) std::cerr << "parallax: batch-index: missing " << display(m) << '\n';
    if (!found.unlisted.empty())
        std::cerr << "parallax: batch-index: left out " << counted(found.unlisted.size(), "set folder", "set folders")
                  << " no shard record lists, such as "
                  << display(found.unlisted.front()) << " (of an earlier batch?)\n";
    if (!found.missing.empty()) return trouble;
    return exit_code(batch::overall(found.sets), a.differ_exit);
}

}  // namespace parallax::app
