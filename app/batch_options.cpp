// `parallax batch` and `parallax batch-index`: their options, parsed and
// checked into BatchArgs and BatchIndexArgs.
#include <boost/program_options.hpp>
#include <sstream>

#include "options.hpp"
#include "parallax/error.hpp"

namespace parallax::app {

namespace po = boost::program_options;

namespace {

const char* batch_usage =
    "usage: parallax batch INPUT -o OUTDIR [-j N] [--format html,json] [--quiet] [--resume] [--shard K/N]\n"
    "       parallax batch --jsonl [-o OUTDIR] [-j N] [--format ...] [--shard K/N] < sets.jsonl\n"
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
    "Exit status: 0 all sets agree, 1 discrepancies found or a set incomplete, 2 a set\n"
    "failed or trouble.\n";

const char* index_usage =
    "usage: parallax batch-index OUTDIR\n"
    "\n"
    "Rebuilds OUTDIR/index.html and OUTDIR/index.json from the summary.json of every\n"
    "set under OUTDIR, as after running shards of one batch into it. A summary older\n"
    "than one of its inputs is listed as a failed set. Refuses a directory that holds\n"
    "no batch output.\n"
    "\n"
    "Exit status: as 'parallax batch' for the sets found.\n";

po::variables_map parse_into(int argc, const char* const* argv, const po::options_description& opts, const char* command,
                             std::vector<std::string>& args) {
    po::options_description all;
    all.add(opts).add_options()("args", po::value<std::vector<std::string>>(&args)->composing(), "");
    po::positional_options_description pos;
    pos.add("args", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(std::string(e.what()) + " (try 'parallax " + command + " --help')");
    }
    return vm;
}

}  // namespace

Mode parse_batch(int argc, const char* const* argv) {
    BatchArgs a;
    batch::Options& opt = a.options;
    std::string format = "html,json", shard, jobs;
    std::string known;
    for (auto f : batch::available_formats()) known += (known.empty() ? "" : ", ") + std::string(report::to_string(f));
    std::string format_help = "report formats, comma-separated: " + known + " (default: html,json)";
    std::string jobs_help = "sets compared at once, 1 to " + std::to_string(max_jobs) + " (default: the number of cores)";
    po::options_description opts("Options");
    opts.add_options()
        ("help,h", "show this help")
        ("output,o", po::value(&opt.out_dir), "the output directory (created if missing)")
        ("jobs,j", po::value(&jobs), jobs_help.c_str())
        ("format,f", po::value(&format), format_help.c_str())
        ("quiet,q", "no progress on stderr")
        ("resume", "skip sets whose reports are complete and newer than their inputs")
        ("shard", po::value(&shard), "K/N: only the sets whose id hashes to shard K of N; no index (run batch-index)")
        ("jsonl", "read JSON Lines set descriptions on stdin, write one JSON result per line on stdout")
        ("base", po::value(&opt.base), "the rendering the others are compared with, for sets that name none");
    std::vector<std::string> args;
    po::variables_map vm = parse_into(argc, argv, opts, "batch", args);
    if (vm.count("help")) {
        std::ostringstream help;
        help << batch_usage << '\n' << opts;
        return Help{help.str()};
    }
    try {
        opt.formats = batch::parse_formats(format);
        if (!shard.empty()) {
            opt.shard = batch::parse_shard(shard);
            opt.write_index = opt.shard.count == 1;
        }
    } catch (const Error& e) {
        throw UsageError(e.what());
    }
    if (vm.count("jobs")) opt.jobs = static_cast<unsigned>(parse_number("-j", jobs, 1, max_jobs));
    opt.resume = vm.count("resume") > 0;
    a.quiet = vm.count("quiet") > 0;
    a.jsonl = vm.count("jsonl") > 0;
    if (a.jsonl) {
        if (!args.empty()) throw UsageError("batch --jsonl reads set descriptions from stdin, not from '" + args[0] + "'");
        if (opt.resume) throw UsageError("--resume needs an INPUT and -o OUTDIR, not --jsonl");
        return a;
    }
    if (args.size() != 1) throw UsageError("batch needs exactly one INPUT directory or manifest (try 'parallax batch --help')");
    if (opt.out_dir.empty()) throw UsageError("batch needs -o OUTDIR (try 'parallax batch --help')");
    a.input = args[0];
    return a;
}

Mode parse_batch_index(int argc, const char* const* argv) {
    po::options_description opts("Options");
    opts.add_options()("help,h", "show this help");
    std::vector<std::string> args;
    po::variables_map vm = parse_into(argc, argv, opts, "batch-index", args);
    if (vm.count("help")) {
        std::ostringstream help;
        help << index_usage << '\n' << opts;
        return Help{help.str()};
    }
    if (args.size() != 1) throw UsageError("batch-index needs exactly one OUTDIR (try 'parallax batch-index --help')");
    return BatchIndexArgs{args[0]};
}

}  // namespace parallax::app
