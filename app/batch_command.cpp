#include "batch_command.hpp"

#include <unistd.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "exit_codes.hpp"
#include "parallax/batch.hpp"

namespace parallax::app {

namespace po = boost::program_options;

namespace {

const char* batch_usage =
    "usage: parallax batch INPUT -o OUTDIR [-j N] [--format html,json] [--quiet] [--resume] [--shard K/N]\n"
    "       parallax batch --jsonl [-o OUTDIR] [-j N] [--format ...] [--shard K/N] < sets.jsonl\n"
    "       parallax batch-index OUTDIR\n"
    "\n"
    "Compares many article sets, each exactly as 'parallax compare' would, and writes\n"
    "OUTDIR/<set>/report.{html,json,...}, OUTDIR/<set>/summary.json, and an index over\n"
    "all sets: OUTDIR/index.html (sortable by severity) and OUTDIR/index.json.\n"
    "\n"
    "INPUT is a directory with one sub-directory per set (its files are the set's\n"
    "renderings), or a manifest with one set per line, either TSV (id<TAB>file<TAB>file...)\n"
    "or JSON Lines ({\"id\": \"...\", \"files\": [\"...\", ...]}); relative paths in a\n"
    "manifest are relative to the manifest's directory.\n"
    "\n"
    "Examples:\n"
    "  parallax batch today/ -o reports/                    every set in today/, all cores\n"
    "  parallax batch sets.tsv -o reports/ -j 4 --resume    pick up an interrupted run\n"
    "  parallax batch sets.tsv -o shared/ --shard 3/8       one machine's eighth of the sets\n"
    "  parallax batch-index shared/                         merge the shards' index\n"
    "  parallax batch --jsonl < sets.jsonl > results.jsonl  streaming mapper\n"
    "\n"
    "Exit status: 0 all sets agree, 1 discrepancies found, 2 a set failed or trouble.\n";

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
        if (s.status == batch::SetStatus::error) std::cerr << "parallax: set " << s.id << " failed: " << s.error << '\n';
}

int batch_index(const std::vector<std::string>& args) {
    if (args.size() != 1) throw std::runtime_error("batch-index needs exactly one OUTDIR (try 'parallax batch --help')");
    auto sets = batch::rebuild_index(args[0]);
    return exit_code(batch::overall(sets));
}

}  // namespace

bool is_batch_command(std::string_view word) { return word == "batch" || word == "batch-index"; }

int batch_main(int argc, const char* const* argv) {
    batch::Options opt;
    std::string format = "html,json", shard, output;
    unsigned jobs = 0;
    std::string known;
    for (auto f : batch::available_formats()) known += (known.empty() ? "" : ", ") + std::string(report::to_string(f));
    std::string format_help = "report formats, comma-separated: " + known + " (default: html,json)";
    po::options_description opts("Options");
    opts.add_options()
        ("help,h", "show this help")
        ("output,o", po::value(&output), "the output directory (created if missing)")
        ("jobs,j", po::value(&jobs), "sets compared at once (default: the number of cores)")
        ("format,f", po::value(&format), format_help.c_str())
        ("quiet,q", "no progress on stderr")
        ("resume", "skip sets whose reports are complete and newer than their inputs")
        ("shard", po::value(&shard), "K/N: only the sets whose id hashes to shard K of N; no index (run batch-index)")
        ("jsonl", "read JSON Lines set descriptions on stdin, write one JSON result per line on stdout")
        ("base", po::value(&opt.base), "the rendering the others are compared with, for sets that name none");
    po::options_description hidden;
    hidden.add_options()("args", po::value<std::vector<std::string>>()->composing(), "");
    po::options_description all;
    all.add(opts).add(hidden);
    po::positional_options_description pos;
    pos.add("args", -1);

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw std::runtime_error(e.what());
    }
    if (vm.count("help")) {
        std::cout << batch_usage << '\n' << opts;
        return agree;
    }
    auto args = vm["args"].as<std::vector<std::string>>();  // args[0] is the command
    std::string command = args[0];
    args.erase(args.begin());
    if (command == "batch-index") return batch_index(args);

    opt.out_dir = output;
    opt.formats = batch::parse_formats(format);
    opt.jobs = jobs;
    opt.resume = vm.count("resume") > 0;
    if (!shard.empty()) {
        opt.shard = batch::parse_shard(shard);
        opt.write_index = opt.shard.count == 1;
    }
    bool quiet = vm.count("quiet") > 0;
    ProgressPrinter printer(isatty(STDERR_FILENO) != 0);
    batch::ProgressFn progress;
    if (!quiet) progress = [&printer](const batch::Progress& p) { printer(p); };

    if (vm.count("jsonl")) {
        if (!args.empty()) throw std::runtime_error("batch --jsonl reads set descriptions from stdin, not from '" + args[0] + "'");
        if (opt.resume) throw std::runtime_error("--resume needs an INPUT and -o OUTDIR, not --jsonl");
        std::ios::sync_with_stdio(false);
        return exit_code(batch::run_stream(std::cin, std::cout, opt, progress));
    }
    if (args.size() != 1) throw std::runtime_error("batch needs exactly one INPUT directory or manifest (try 'parallax batch --help')");
    if (output.empty()) throw std::runtime_error("batch needs -o OUTDIR (try 'parallax batch --help')");
    auto sets = batch::run(batch::read_input(args[0]), opt, progress);
    report_failures(sets);
    return exit_code(batch::overall(sets));
}

}  // namespace parallax::app
