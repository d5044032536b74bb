// `parallax batch` and `parallax batch-index`: their options, parsed and
// checked into BatchArgs and BatchIndexArgs.
#include <boost/program_options.hpp>
#include <cstdlib>
#include <sstream>

#include "options.hpp"
#include "parallax/error.hpp"

namespace parallax::app {

namespace po = boost::program_options;

namespace {

const char* batch_usage =
    "usage: parallax batch INPUT -o OUTDIR [-j N] [--format html,json] [--quiet] [--resume] [--shard K/N|auto]\n"
    "       parallax batch --jsonl [-o OUTDIR] [-j N] [--format ...] [--shard K/N] [--line-offset N] < sets.jsonl\n"
    "\n"
    "Compares many article sets, each exactly as 'parallax compare' would, and writes\n"
    "OUTDIR/<set>/report.{html,json,...}, OUTDIR/<set>/summary.json, and an index over\n"
    "all sets: OUTDIR/index.html (sortable by severity) and OUTDIR/index.json.\n"
    "\n"
    "INPUT is a directory with one sub-directory per set (its files are the set's\n"
    "renderings), or a manifest with one set per line, either TSV (id<TAB>file<TAB>file...)\n"
    "or JSON Lines ({\"id\": \"...\", \"files\": [\"...\", ...]}); relative paths in a\n"
    "manifest are relative to the manifest's directory, and reports show them as written\n"
    "(a directory's files as SET/FILE), so any working directory gives the same bytes.\n"
    "\n"
    "Examples:\n"
    "  parallax batch today/ -o reports/                    every set in today/, all cores\n"
    "  parallax batch sets.tsv -o reports/ -j 4 --resume    pick up an interrupted run\n"
    "  parallax batch sets.tsv -o shared/ --shard 3/8       one machine's eighth of the sets\n"
    "  parallax batch sets.tsv -o shared/ --shard auto --differ-exit 0\n"
    "                                                       a Slurm array task (or k8s, GNU Parallel)\n"
    "  parallax batch-index shared/                         merge the shards' index\n"
    "  parallax batch --jsonl < sets.jsonl > results.jsonl  streaming mapper\n"
    "\n"
    "--shard auto reads the shard from SLURM_ARRAY_TASK_ID (with SLURM_ARRAY_TASK_MIN and\n"
    "SLURM_ARRAY_TASK_COUNT: 0-based and 1-based arrays alike), JOB_COMPLETION_INDEX\n"
    "(0-based) or PARALLEL_SEQ (1-based); the last two need N from --shard-count or\n"
    "PARALLAX_SHARD_COUNT. The shard found is printed on stderr. Every shard that ends\n"
    "writes OUTDIR/.shards/K-of-N.json (an unsharded run: 1-of-1.json).\n"
    "\n"
    "Exit status: 0 all sets agree, 1 discrepancies found or a set incomplete (0 with\n"
    "--differ-exit 0), 2 trouble before any set ran (bad usage, unreadable INPUT,\n"
    "unwritable OUTDIR), 3 some sets failed (named on stderr; the others completed).\n";

const char* index_usage =
    "usage: parallax batch-index OUTDIR [--partial] [--differ-exit 0|1]\n"
    "\n"
    "Rebuilds OUTDIR/index.html and OUTDIR/index.json from the summary.json of every\n"
    "set under OUTDIR, as after running shards of one batch into it. Every shard 1..N\n"
    "must have left its record OUTDIR/.shards/K-of-N.json, all of one input list, and\n"
    "every set they list its summary; if not, it names what is missing and writes\n"
    "nothing. A summary older than one of its inputs is listed as a failed set.\n"
    "Refuses a directory that holds no batch output.\n"
    "\n"
    "Exit status: as 'parallax batch' for the sets found; 2 when shards or sets are\n"
    "missing (with --partial too, after writing the index of what is there).\n";

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
    std::string format = "html,json", shard, jobs, shard_base, shard_count, differ_exit = "1", line_offset;
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
        ("shard", po::value(&shard), "K/N: only the sets whose id hashes to shard K of N; no index (run batch-index); "
                                     "auto: K and N from the scheduler's environment (see above)")
        ("shard-base", po::value(&shard_base), "the number the first shard has: 1 (default) or 0, as in --shard 0/4 for a 0-based array")
        ("shard-count", po::value(&shard_count), "N for --shard auto (default: SLURM_ARRAY_TASK_COUNT, or PARALLAX_SHARD_COUNT)")
        ("differ-exit", po::value(&differ_exit), "the exit status when sets differ or are incomplete: 1 (default) or 0")
        ("jsonl", "read JSON Lines set descriptions on stdin, write one JSON result per line on stdout")
        ("line-offset", po::value(&line_offset), "--jsonl: added to every \"line\", for a chunk of a larger file "
                                                 "(GNU Parallel --pipe -N 50: $(( ({#} - 1) * 50 )))")
        ("base", po::value(&opt.base), "the rendering the others are compared with, for sets that name none");
    std::vector<std::string> args;
    po::variables_map vm = parse_into(argc, argv, opts, "batch", args);
    if (vm.count("help")) {
        std::ostringstream help;
        help << batch_usage << '\n' << opts;
        return Help{help.str()};
    }
    a.differ_exit = static_cast<int>(parse_number("--differ-exit", differ_exit, 0, 1));
    long base = vm.count("shard-base") ? parse_number("--shard-base", shard_base, 0, 1000000000) : -1;
    unsigned count = vm.count("shard-count") ? static_cast<unsigned>(parse_number("--shard-count", shard_count, 1, 1000000000)) : 0;
    if (count && shard != "auto") throw UsageError("--shard-count goes with --shard auto; --shard K/N gives N itself");
    if (base >= 0 && shard.empty()) throw UsageError("--shard-base goes with --shard");
    try {
        opt.formats = batch::parse_formats(format);
        if (shard == "auto") {
            batch::AutoShard found = batch::shard_from_environment([](const char* name) { return std::getenv(name); }, count, base);
            opt.shard = found.shard;
            a.shard_from = found.source;
        } else if (!shard.empty()) {
            opt.shard = batch::parse_shard(shard, base < 0 ? 1 : static_cast<unsigned>(base));
        }
        opt.write_index = opt.shard.count == 1;
    } catch (const Error& e) {
        throw UsageError(e.what());
    }
    if (vm.count("jobs")) opt.jobs = static_cast<unsigned>(parse_number("-j", jobs, 1, max_jobs));
    opt.resume = vm.count("resume") > 0;
    a.quiet = vm.count("quiet") > 0;
    a.jsonl = vm.count("jsonl") > 0;
    if (vm.count("line-offset")) {
        if (!a.jsonl) throw UsageError("--line-offset goes with --jsonl");
        opt.line_offset = static_cast<std::size_t>(parse_number("--line-offset", line_offset, 0, 1000000000000));
    }
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
    std::string differ_exit = "1";
    po::options_description opts("Options");
    opts.add_options()
        ("help,h", "show this help")
        ("partial", "index the sets found even when shards or sets are missing (they are named; exit status 2)")
        ("differ-exit", po::value(&differ_exit), "the exit status when sets differ or are incomplete: 1 (default) or 0");
    std::vector<std::string> args;
    po::variables_map vm = parse_into(argc, argv, opts, "batch-index", args);
    if (vm.count("help")) {
        std::ostringstream help;
        help << index_usage << '\n' << opts;
        return Help{help.str()};
    }
    if (args.size() != 1) throw UsageError("batch-index needs exactly one OUTDIR (try 'parallax batch-index --help')");
    BatchIndexArgs a;
    a.out_dir = args[0];
    a.partial = vm.count("partial") > 0;
    a.differ_exit = static_cast<int>(parse_number("--differ-exit", differ_exit, 0, 1));
    return a;
}

}  // namespace parallax::app
