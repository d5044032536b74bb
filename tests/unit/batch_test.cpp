#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "parallax/batch.hpp"
#include "parallax/error.hpp"

using namespace parallax;
using namespace parallax::batch;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp dir, removed at the end of a test.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name) {
        path = fs::temp_directory_path() / ("parallax-batch-test-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string str() const { return path.string(); }
};

void write(const fs::path& p, const std::string& bytes) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

const std::string fixtures = PARALLAX_FIXTURES "/xi-2024-kazakhstan/input/";
const std::string official = fixtures + "000_254708b96a3181c4.txt";
const std::string tagpage = fixtures + "001_a9fdb92ff107e12b.txt";

}  // namespace

TEST_CASE("batch: empty input gives an empty run and an empty index", "[batch]") {
    CHECK(parse_manifest("", "m.tsv").empty());
    CHECK(parse_manifest("\n# only a comment\n\n", "m.tsv").empty());
    CHECK(overall(std::vector<SetSummary>{}) == SetStatus::agree);

    TempDir dir("empty");
    fs::create_directories(dir.path / "in");
    CHECK(sets_from_directory((dir.path / "in").string()).empty());
    Options opt;
    opt.out_dir = (dir.path / "out").string();
    auto results = run({}, opt);
    CHECK(results.empty());
    std::string index = read(dir.path / "out" / "index.json");
    CHECK(index.find("\"sets\": 0") != std::string::npos);
    CHECK(fs::exists(dir.path / "out" / "index.html"));

    std::istringstream in("");
    std::ostringstream out;
    CHECK(run_stream(in, out, Options{}) == SetStatus::agree);
    CHECK(out.str().empty());
}

TEST_CASE("batch: TSV and JSON Lines manifests, mixed, with comments and CRLF", "[batch]") {
    std::string text =
        "# id\tfiles\n"
        "one\ta.txt\tb.txt\r\n"
        "\n"
        "{\"id\": \"two\", \"files\": [\"/abs/c.txt\", \"d.txt\"], \"base\": \"c\", \"note\": \"kept out\"}\n"
        "three\te.txt\t\tf.txt";
    auto sets = parse_manifest(text, "m.tsv", "/data");
    REQUIRE(sets.size() == 3);
    // Files as written, relative to the manifest's folder: the root.
    CHECK(sets[0] == SetSpec{"one", {"a.txt", "b.txt"}, "", "/data"});
    CHECK(sets[1] == SetSpec{"two", {"/abs/c.txt", "d.txt"}, "c", "/data"});
    CHECK(sets[2] == SetSpec{"three", {"e.txt", "f.txt"}, "", "/data"});
    CHECK(path_in(sets[1].root, sets[1].files[0]) == "/abs/c.txt");
    CHECK(path_in(sets[1].root, sets[1].files[1]) == "/data/d.txt");
    CHECK(path_in("", "d.txt") == "d.txt");
    // Without a base directory, paths stay as given.
    CHECK(parse_manifest("x\ta.txt\tb.txt\n", "m")[0].files == std::vector<std::string>{"a.txt", "b.txt"});
    CHECK(parse_manifest("x\ta.txt\tb.txt\n", "m")[0].root.empty());
}

TEST_CASE("batch: manifest errors name the manifest and the line", "[batch]") {
    CHECK(error_of([] { parse_manifest("a\tx\tc\n\na\ty\tz\n", "m.tsv"); }) ==
          "m.tsv:3: duplicate set id 'a' (first on line 1)");
    CHECK(error_of([] { parse_manifest("ok\ta\tb\n{\"id\": 3}\n", "m.jsonl"); }) == "m.jsonl:2: \"id\" must be a string");
    CHECK(error_of([] { parse_manifest("{\"id\": \"x\"}", "m"); }) == "m:1: \"files\" must be an array of paths");
    CHECK(error_of([] { parse_manifest("{\"id\": \"x\", \"files\": [1]}", "m"); }) == "m:1: \"files\" must be an array of paths");
    CHECK(error_of([] { parse_manifest("{\"id\": ", "m"); }).rfind("m:1: not valid JSON", 0) == 0);
    CHECK(error_of([] { parse_manifest("../up\ta\tb\n", "m"); }) == "m:1: set id '../up' starts with '.'");
    CHECK(error_of([] { parse_manifest("a/b\ta\tb\n", "m"); }) == "m:1: set id 'a/b' holds a path separator");
}

TEST_CASE("batch: set ids must be usable as directory names", "[batch]") {
    CHECK(error_of([] { check_set_id("2024-07-02 Astana", "w"); }).empty());
    CHECK(error_of([] { check_set_id("статья-1", "w"); }).empty());
    CHECK(error_of([] { check_set_id("", "w"); }) == "w: empty set id");
    CHECK(error_of([] { check_set_id(".hidden", "w"); }) == "w: set id '.hidden' starts with '.'");
    CHECK(error_of([] { check_set_id("a\\b", "w"); }) == "w: set id 'a\\b' holds a path separator");
    CHECK(error_of([] { check_set_id("tab\there", "w"); }) == "w: set id 'tab\\there' holds a control character");
    CHECK(error_of([] { check_set_id("index.html", "w"); }) == "w: set id 'index.html' is the name of the index");
    CHECK(!error_of([] { check_set_id(std::string(201, 'x'), "w"); }).empty());
}

TEST_CASE("batch: a directory of sets, hidden entries skipped, sorted", "[batch]") {
    TempDir dir("dir");
    write(dir.path / "b" / "2.txt", "x");
    write(dir.path / "b" / "1.txt", "x");
    write(dir.path / "b" / ".swp", "x");
    write(dir.path / "a" / "only.txt", "x");
    write(dir.path / ".git" / "HEAD", "x");
    write(dir.path / "loose.txt", "x");
    auto sets = sets_from_directory(dir.str());
    REQUIRE(sets.size() == 2);
    CHECK(sets[0].id == "a");
    CHECK(sets[1].id == "b");
    // Written as SET/FILE under the directory, whatever path reached it.
    CHECK(sets[1].files == std::vector<std::string>{"b/1.txt", "b/2.txt"});
    CHECK(sets[1].root == dir.str());
    CHECK(error_of([&] { read_input((dir.path / "nowhere").string()); }) == (dir.path / "nowhere").string() + ": no such file or directory");

    write(dir.path / "m.tsv", "s\tx.txt\ty.txt\n");
    auto from_manifest = read_input((dir.path / "m.tsv").string());
    REQUIRE(from_manifest.size() == 1);
    CHECK(from_manifest[0].files[0] == "x.txt");
    CHECK(path_in(from_manifest[0].root, from_manifest[0].files[0]) == (dir.path / "x.txt").string());  // relative to the manifest
}

TEST_CASE("batch: shards by FNV-1a 64 of the set id", "[batch]") {
    // Reference values of the FNV-1a 64 test suite.
    CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
    CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(fnv1a64("foobar") == 0x85944171f73967e8ULL);

    CHECK(parse_shard("1/1").index == 1);
    CHECK(parse_shard("3/8").index == 3);
    CHECK(parse_shard("3/8").count == 8);
    for (const char* bad : {"", "0/4", "5/4", "1/0", "1", "a/b", "1/4x", "-1/4", "1/ 4", "/4"})
        CHECK(error_of([&] { parse_shard(bad); }) == std::string("--shard: expected K/N with 1 <= K <= N, got '") + bad + "'");

    // Every id lands in exactly one shard, and the shards are not lopsided.
    std::vector<std::size_t> sizes(4);
    for (int i = 0; i < 1000; ++i) {
        std::string id = "set-" + std::to_string(i);
        int hits = 0;
        for (unsigned k = 1; k <= 4; ++k)
            if (in_shard(id, {k, 4})) {
                ++hits;
                ++sizes[k - 1];
            }
        CHECK(hits == 1);
        CHECK(in_shard(id, {1, 1}));
    }
    for (auto n : sizes) CHECK((n > 200 && n < 300));
}

TEST_CASE("batch: formats are checked and put in a fixed order", "[batch]") {
    CHECK(parse_formats("json,html") == std::vector<report::Format>{report::Format::html, report::Format::json});
    CHECK(parse_formats("text") == std::vector<report::Format>{report::Format::text});
    CHECK(parse_formats("tmx,csv") == std::vector<report::Format>{report::Format::csv, report::Format::tmx});
    CHECK(report_file_name(report::Format::text) == "report.txt");
    CHECK(report_file_name(report::Format::html) == "report.html");
    CHECK(error_of([] { parse_formats("html,pdf"); }).rfind("--format: unknown format 'pdf'", 0) == 0);
    CHECK(error_of([] { parse_formats(""); }).rfind("--format: unknown format ''", 0) == 0);
    CHECK(error_of([] { parse_formats("json,json"); }) == "--format: format 'json' given twice");
}

TEST_CASE("batch: a summary survives the trip through summary.json", "[batch]") {
    SetSummary s;
    s.id = "set <1> & \"q\"";
    s.status = SetStatus::differ;
    s.renderings = {"a", "b"};
    s.files = {"in/a.txt", "in/b.txt"};
    s.high = 2;
    s.low = 7;
    s.worst_severity = "high";
    s.worst_kind = "figure";
    s.worst_message = "600,000 vs 60,000";
    s.reports = {"report.html", "report.json"};
    std::string line = summary_to_json(s);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(summary_from_json(line, "x") == s);

    SetSummary failed;
    failed.id = "broken";
    failed.files = {"x.txt"};
    failed.error = "x.txt: invalid UTF-8 at byte offset 3";
    CHECK(summary_from_json(summary_to_json(failed), "x") == failed);
    CHECK(error_of([] { summary_from_json("{}", "s.json"); }).rfind("s.json: not a set summary", 0) == 0);
}

TEST_CASE("batch: a summary with counts that are not non-negative integers is not a summary", "[batch]") {
    // A corrupt summary.json must be refused (batch-index names it, --resume
    // redoes the set), never cast: 1e300 to size_t is undefined behaviour and
    // -1 would read as 18446744073709551615 findings.
    SetSummary s;
    s.id = "set";
    s.status = SetStatus::agree;
    s.files = {"a.txt", "b.txt"};
    std::string good = summary_to_json(s);
    REQUIRE(good.find("\"medium\":0") != std::string::npos);
    for (std::string bad : {"1e300", "-1", "2.5", "18446744073709551616", "\"3\"", "true"}) {
        std::string line = good;
        line.replace(line.find("\"medium\":0") + 9, 1, bad);
        INFO(line);
        CHECK(error_of([&] { summary_from_json(line, "s.json"); }).rfind("s.json: not a set summary", 0) == 0);
    }
    std::string unrelated = good;
    unrelated.replace(unrelated.find("\"unrelated\":0") + 12, 1, "-3");
    CHECK(error_of([&] { summary_from_json(unrelated, "s.json"); }).rfind("s.json: not a set summary", 0) == 0);
}

TEST_CASE("batch: a summary whose worst finding has no severity is not a summary", "[batch]") {
    // Found by fuzz_batch: {"worst": {"severity": "", "kind": "x", ...}} was
    // read, written back as "worst": null, and read again as another summary.
    SetSummary s;
    s.id = "set";
    s.status = SetStatus::differ;
    s.files = {"a.txt", "b.txt"};
    s.high = 1;
    s.worst_severity = "high";
    s.worst_kind = "figure";
    s.worst_message = "figure differs";
    std::string good = summary_to_json(s);
    CHECK(summary_from_json(good, "s.json") == s);
    for (std::string bad : {"\"\"", "\"urgent\""}) {
        std::string line = good;
        line.replace(line.find("\"high\",\"kind\"") , 6, bad);
        INFO(line);
        CHECK(error_of([&] { summary_from_json(line, "s.json"); }).rfind("s.json: not a set summary", 0) == 0);
    }
}

TEST_CASE("batch: the index counts, escapes, links and sorts keys by severity", "[batch]") {
    SetSummary ok{"calm", SetStatus::agree, {"a", "b"}, {"a.txt", "b.txt"}, 0, 0, 0, 0, "", "", "", {"report.html", "report.json"}, ""};
    SetSummary bad{"<b>x y", SetStatus::differ, {"a"}, {"a.txt"}, 1, 2, 3, 0, "high", "figure", "<script>alert(1)</script>", {"report.json"}, ""};
    SetSummary err{"z", SetStatus::error, {"a"}, {"a.txt"}, 0, 0, 0, 0, "", "", "", {}, "a.txt: file is empty"};
    std::vector<SetSummary> sets{bad, ok, err};
    CHECK(overall(sets) == SetStatus::error);
    CHECK(overall({ok, bad}) == SetStatus::differ);
    CHECK(overall({ok}) == SetStatus::agree);
    CHECK(overall({SetStatus::agree, SetStatus::incomplete}) == SetStatus::incomplete);
    CHECK(overall({SetStatus::incomplete, SetStatus::differ, SetStatus::agree}) == SetStatus::differ);

    std::ostringstream j;
    write_index_json(sets, j);
    CHECK(j.str().find("\"sets\": 3,\n    \"agree\": 1,\n    \"differ\": 1,\n    \"incomplete\": 0,\n    \"error\": 1,\n    \"high\": 1,") != std::string::npos);
    CHECK(j.str().find("\"link\": \"<b>x y/report.json\"") != std::string::npos);
    CHECK(j.str().find("\"error\": \"a.txt: file is empty\"") != std::string::npos);

    std::ostringstream h;
    write_index_html(sets, h);
    std::string html = h.str();
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("href=\"%3Cb%3Ex%20y/report.json\"") != std::string::npos);
    CHECK(html.find("href=\"calm/report.html\"") != std::string::npos);
    CHECK(html.find("a.txt: file is empty") != std::string::npos);
    CHECK(html.find("://") == std::string::npos);  // self-contained: nothing fetched
    // Severity keys: failed first, then high, then none.
    auto key_of = [&](const std::string& cls) {
        auto at = html.rfind("class=\"" + cls + "\">" + cls + "</td>");  // the severity cell, after the status cell
        auto k = html.rfind("data-k=\"", at);
        return html.substr(k + 8, 1);
    };
    CHECK(key_of("error") == "0");
    CHECK(key_of("high") == "1");
    CHECK(key_of("none") == "5");
}

TEST_CASE("batch: a run isolates a bad set, and batch-index rebuilds the same index", "[batch]") {
    TempDir dir("run");
    write(dir.path / "bad.txt", "fine\n\xff\n");
    std::vector<SetSpec> sets{
        {"pair", {official, tagpage}, ""},
        {"broken", {official, (dir.path / "bad.txt").string()}, ""},
        {"lonely", {official}, ""},
        {"missing", {official, (dir.path / "nope.txt").string()}, ""},
    };
    Options opt;
    opt.out_dir = (dir.path / "out").string();
    opt.jobs = 2;
    std::vector<Progress> seen;
    auto results = run(sets, opt, [&](const Progress& p) { seen.push_back(p); });
    REQUIRE(results.size() == 4);
    CHECK(results[0].id == "broken");
    CHECK(results[0].status == SetStatus::error);
    CHECK(results[0].error == (dir.path / "bad.txt").string() + ": invalid UTF-8 at byte offset 5");
    CHECK(results[1].id == "lonely");
    CHECK(results[1].error == "lonely: a set needs at least two renderings, found 1");
    CHECK(results[2].id == "missing");
    CHECK(results[2].status == SetStatus::error);
    CHECK(results[3].id == "pair");
    CHECK(results[3].status == SetStatus::differ);
    CHECK(results[3].reports == std::vector<std::string>{"report.html", "report.json"});
    CHECK(fs::exists(dir.path / "out" / "pair" / "report.html"));
    CHECK(!fs::exists(dir.path / "out" / "broken" / "report.html"));
    CHECK(overall(results) == SetStatus::error);
    REQUIRE(!seen.empty());
    CHECK(seen.back().finished);
    CHECK(seen.back().done == 4);
    CHECK(seen.back().failed == 3);

    std::string index_json = read(dir.path / "out" / "index.json");
    std::string index_html = read(dir.path / "out" / "index.html");
    fs::remove(dir.path / "out" / "index.json");
    fs::create_directories(dir.path / "out" / "not-a-set");  // no summary.json: left out
    auto rebuilt = rebuild_index(opt.out_dir);
    CHECK(rebuilt.sets == results);
    CHECK(rebuilt.missing.empty());
    CHECK(read(dir.path / "out" / "index.json") == index_json);
    CHECK(read(dir.path / "out" / "index.html") == index_html);

    // --resume: complete sets are skipped, failed ones tried again.
    opt.resume = true;
    SetSpec pair = sets[0];
    CHECK(is_complete(pair, opt));
    CHECK(!is_complete(sets[1], opt));
    Options more = opt;
    more.formats = {report::Format::html, report::Format::json, report::Format::text};
    CHECK(!is_complete(pair, more));  // a report it lacks
    seen.clear();
    CHECK(run(sets, opt, [&](const Progress& p) { seen.push_back(p); }) == results);
    CHECK(seen.back().skipped == 1);
}

TEST_CASE("batch: a shard runs only its sets and writes no index", "[batch]") {
    TempDir dir("shard");
    std::vector<SetSpec> sets;
    for (int i = 0; i < 6; ++i) sets.push_back({"s" + std::to_string(i), {official, official}, ""});
    Options opt;
    opt.out_dir = dir.str();
    opt.formats = {report::Format::json};
    opt.write_index = false;
    std::size_t total = 0;
    std::set<std::string> ids;
    for (unsigned k = 1; k <= 3; ++k) {
        opt.shard = {k, 3};
        for (const auto& s : run(sets, opt)) {
            CHECK(in_shard(s.id, opt.shard));
            ids.insert(s.id);
            ++total;
        }
    }
    CHECK(total == 6);
    CHECK(ids.size() == 6);
    CHECK(!fs::exists(dir.path / "index.json"));
    CHECK(rebuild_index(dir.str()).sets.size() == 6);
    for (const char* record : {"1-of-3.json", "2-of-3.json", "3-of-3.json"}) CHECK(fs::exists(dir.path / ".shards" / record));
}

TEST_CASE("batch: JSON Lines in, one result per line out, in input order", "[batch]") {
    std::string input = "{\"id\": \"same\", \"files\": [\"" + official + "\", \"" + official + "\"]}\n" +
                        "not json\n\n" +
                        "{\"id\": \"gone\", \"files\": [\"/no/such.txt\", \"" + official + "\"]}\n";
    std::istringstream in(input);
    std::ostringstream out;
    Options opt;
    opt.out_dir = "";
    opt.jobs = 3;
    CHECK(run_stream(in, out, opt) == SetStatus::error);
    std::vector<std::string> lines;
    std::istringstream o(out.str());
    for (std::string l; std::getline(o, l);) lines.push_back(l);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].rfind("{\"id\":\"same\",\"status\":\"agree\"", 0) == 0);
    CHECK(lines[0].find("\"line\":1,\"report\":{\"version\":1") != std::string::npos);
    CHECK(lines[1].rfind("{\"line\":2,\"status\":\"error\",\"error\":\"stdin:2: not valid JSON", 0) == 0);
    CHECK(lines[2].rfind("{\"id\":\"gone\",\"status\":\"error\"", 0) == 0);
    CHECK(lines[2].find("\"line\":4") != std::string::npos);
}

namespace {

// An environment for --shard auto, as a scheduler would set it.
struct Env {
    std::map<std::string, std::string> vars;
    std::function<const char*(const char*)> get() const {
        return [this](const char* name) -> const char* {
            auto it = vars.find(name);
            return it == vars.end() ? nullptr : it->second.c_str();
        };
    }
};

std::string auto_error(const Env& env, unsigned count = 0, long base = -1) {
    return error_of([&] { shard_from_environment(env.get(), count, base); });
}

}  // namespace

TEST_CASE("batch: --shard K/N --shard-base 0 counts from 0", "[batch]") {
    CHECK(parse_shard("0/4", 0) == Shard{1, 4});
    CHECK(parse_shard("3/4", 0) == Shard{4, 4});
    CHECK(error_of([] { parse_shard("4/4", 0); }) == "--shard: expected K/N with 0 <= K <= N-1 (--shard-base 0), got '4/4'");
    CHECK(error_of([] { parse_shard("0/4"); }) == "--shard: expected K/N with 1 <= K <= N, got '0/4'");
}

TEST_CASE("batch: --shard auto reads a Slurm array, 0-based or 1-based", "[batch]") {
    Env zero{{{"SLURM_ARRAY_TASK_ID", "0"}, {"SLURM_ARRAY_TASK_MIN", "0"}, {"SLURM_ARRAY_TASK_COUNT", "4"}}};
    AutoShard a = shard_from_environment(zero.get(), 0, -1);
    CHECK(a.shard == Shard{1, 4});
    CHECK(a.source == "SLURM_ARRAY_TASK_ID=0, SLURM_ARRAY_TASK_MIN=0, SLURM_ARRAY_TASK_COUNT=4");
    zero.vars["SLURM_ARRAY_TASK_ID"] = "3";
    CHECK(shard_from_environment(zero.get(), 0, -1).shard == Shard{4, 4});

    Env one{{{"SLURM_ARRAY_TASK_ID", "4"}, {"SLURM_ARRAY_TASK_MIN", "1"}, {"SLURM_ARRAY_TASK_COUNT", "4"}}};
    CHECK(shard_from_environment(one.get(), 0, -1).shard == Shard{4, 4});

    // --array=0-6:2 is tasks 0, 2, 4, 6.
    Env step{{{"SLURM_ARRAY_TASK_ID", "4"}, {"SLURM_ARRAY_TASK_MIN", "0"}, {"SLURM_ARRAY_TASK_COUNT", "4"}, {"SLURM_ARRAY_TASK_STEP", "2"}}};
    CHECK(shard_from_environment(step.get(), 0, -1).shard == Shard{3, 4});

    // Task 7 of --array=0-15 resubmitted alone: Slurm says one task, from 7.
    Env again{{{"SLURM_ARRAY_TASK_ID", "7"}, {"SLURM_ARRAY_TASK_MIN", "7"}, {"SLURM_ARRAY_TASK_COUNT", "1"}}};
    CHECK(auto_error(again, 16).find("SLURM_ARRAY_TASK_COUNT=1 but 16 shards were asked for") != std::string::npos);
    CHECK(auto_error(again).find("an array of one task, 7 (resubmitted alone?)") != std::string::npos);
    CHECK(shard_from_environment(again.get(), 16, 0).shard == Shard{8, 16});
    CHECK(shard_from_environment(again.get(), 16, 0).source.find("--shard-base 0") != std::string::npos);

    // --array=1,3,7: ids that are not one step apart are refused, not folded.
    Env list{{{"SLURM_ARRAY_TASK_ID", "7"}, {"SLURM_ARRAY_TASK_MIN", "1"}, {"SLURM_ARRAY_TASK_COUNT", "3"}}};
    CHECK(auto_error(list).find("is not one of 3 shards counted from 1") != std::string::npos);

    Env no_min{{{"SLURM_ARRAY_TASK_ID", "0"}, {"SLURM_ARRAY_TASK_COUNT", "4"}}};
    CHECK(auto_error(no_min) == "--shard auto: SLURM_ARRAY_TASK_MIN is not set (Slurm sets it for every array task)");
    Env junk{{{"SLURM_ARRAY_TASK_ID", "x"}}};
    CHECK(auto_error(junk) == "--shard auto: SLURM_ARRAY_TASK_ID='x' is not a whole number");
}

TEST_CASE("batch: --shard auto reads Kubernetes and GNU Parallel with a given count", "[batch]") {
    Env k8s{{{"JOB_COMPLETION_INDEX", "0"}}};
    CHECK(auto_error(k8s) == "--shard auto: JOB_COMPLETION_INDEX gives no shard count: give --shard-count N or set PARALLAX_SHARD_COUNT");
    CHECK(shard_from_environment(k8s.get(), 5, -1).shard == Shard{1, 5});
    k8s.vars["PARALLAX_SHARD_COUNT"] = "5";
    k8s.vars["JOB_COMPLETION_INDEX"] = "4";
    CHECK(shard_from_environment(k8s.get(), 0, -1).shard == Shard{5, 5});
    CHECK(shard_from_environment(k8s.get(), 0, -1).source == "JOB_COMPLETION_INDEX=4, PARALLAX_SHARD_COUNT=5");
    k8s.vars["JOB_COMPLETION_INDEX"] = "5";
    CHECK(auto_error(k8s).find("is not one of 5 shards counted from 0") != std::string::npos);

    Env par{{{"PARALLEL_SEQ", "1"}}};
    CHECK(shard_from_environment(par.get(), 4, -1).shard == Shard{1, 4});
    par.vars["PARALLEL_SEQ"] = "5";
    CHECK(!auto_error(par, 4).empty());

    CHECK(auto_error(Env{}).rfind("--shard auto: none of SLURM_ARRAY_TASK_ID", 0) == 0);
    Env both{{{"SLURM_ARRAY_TASK_ID", "0"}, {"PARALLEL_SEQ", "1"}}};
    CHECK(auto_error(both, 4) == "--shard auto: SLURM_ARRAY_TASK_ID and PARALLEL_SEQ are both set: cannot tell which scheduler started this; give --shard K/N");
}

TEST_CASE("batch: shards leave completion records, and batch-index names what is missing", "[batch]") {
    TempDir dir("records");
    std::vector<SetSpec> sets;
    for (int i = 0; i < 8; ++i) sets.push_back({"s" + std::to_string(i), {official, official}, ""});
    Options opt;
    opt.out_dir = dir.str();
    opt.formats = {report::Format::json};
    opt.write_index = false;
    for (unsigned k : {1u, 3u}) {
        opt.shard = {k, 3};
        run(sets, opt);
    }
    fs::path records = dir.path / ".shards";
    REQUIRE(fs::exists(records / "1-of-3.json"));
    ShardRecord r = shard_record_from_json(read(records / "1-of-3.json"), "r");
    CHECK(r.shard == Shard{1, 3});
    CHECK(r.input_sets == 8);
    CHECK(r.digest == input_digest(sets));
    CHECK(r.agree == r.ids.size());
    for (const auto& id : r.ids) CHECK(in_shard(id, {1, 3}));
    CHECK(shard_record_to_json(r) == read(records / "1-of-3.json"));

    // Shard 2 never ran: nothing written, the shard named.
    std::string e = error_of([&] { rebuild_index(dir.str()); });
    CHECK(e.find("incomplete batch, nothing written: missing shard 2/3 (no .shards/2-of-3.json)") != std::string::npos);
    CHECK(!fs::exists(dir.path / "index.json"));
    // --partial indexes what is there and says what is not.
    Rebuilt partial = rebuild_index(dir.str(), true);
    CHECK(partial.missing == std::vector<std::string>{"shard 2/3 (no .shards/2-of-3.json)"});
    CHECK(fs::exists(dir.path / "index.json"));

    opt.shard = {2, 3};
    run(sets, opt);
    Rebuilt whole = rebuild_index(dir.str());
    CHECK(whole.missing.empty());
    CHECK(whole.sets.size() == 8);

    // A set a record lists lost its summary: named.
    std::string gone = r.ids.front();
    fs::remove(dir.path / gone / "summary.json");
    CHECK(error_of([&] { rebuild_index(dir.str()); }).find("missing set " + gone + " (no " + gone + "/summary.json)") != std::string::npos);

    // A run over another input list removes the records it cannot belong with.
    sets.pop_back();
    opt.shard = {1, 3};
    run(sets, opt);
    CHECK(fs::exists(records / "1-of-3.json"));
    CHECK(!fs::exists(records / "2-of-3.json"));
    opt.shard = {1, 1};
    run(sets, opt);
    CHECK(!fs::exists(records / "1-of-3.json"));
    CHECK(fs::exists(records / "1-of-1.json"));

    // Records of two batches at once are refused.
    ShardRecord other = r;
    other.shard = {2, 3};
    std::ofstream(records / "2-of-3.json") << shard_record_to_json(other);
    CHECK(error_of([&] { rebuild_index(dir.str()); }).find("records of different batches") != std::string::npos);
    std::ofstream(records / "2-of-3.json") << "{\"version\": 1}";
    CHECK(error_of([&] { rebuild_index(dir.str()); }).find("2-of-3.json: not a shard record") != std::string::npos);
}

TEST_CASE("batch: files are shown as the input list writes them, and --resume knows them by any path", "[batch]") {
    TempDir dir("written");
    fs::copy_file(official, dir.path / "a.txt");
    fs::copy_file(tagpage, dir.path / "b.txt");
    write(dir.path / "bad.txt", "fine\n\xff\n");
    Options opt;
    opt.out_dir = (dir.path / "out").string();
    opt.formats = {report::Format::json};
    SetSpec set{"s", {"a.txt", "b.txt"}, "", dir.str()};
    SetSummary s = run_set(set, opt);
    CHECK(s.status == SetStatus::differ);
    CHECK(s.files == std::vector<std::string>{"a.txt", "b.txt"});
    std::string report = read(dir.path / "out" / "s" / "report.json");
    CHECK(report.find("\"a.txt\"") != std::string::npos);
    CHECK(report.find(dir.str()) == std::string::npos);
    SetSummary bad = run_set(SetSpec{"t", {"a.txt", "bad.txt"}, "", dir.str()}, opt);
    CHECK(bad.error == "bad.txt: invalid UTF-8 at byte offset 5");

    opt.resume = true;
    CHECK(is_complete(set, opt));
    // The same files reached another way are the same set.
    CHECK(is_complete(SetSpec{"s", {"./a.txt", (dir.path / "b.txt").string()}, "", dir.str()}, opt));
    CHECK(!is_complete(SetSpec{"s", {"a.txt", "a.txt"}, "", dir.str()}, opt));
}

TEST_CASE("batch: --line-offset numbers a chunk's lines as in the whole stream", "[batch]") {
    std::istringstream in("{\"id\": \"x\", \"files\": [\"" + official + "\", \"" + official + "\"]}\nnot json\n");
    std::ostringstream out;
    Options opt;
    opt.jobs = 1;
    opt.line_offset = 50;
    CHECK(run_stream(in, out, opt) == SetStatus::error);
    CHECK(out.str().find("\"line\":51") != std::string::npos);
    CHECK(out.str().find("{\"line\":52,\"status\":\"error\",\"error\":\"stdin:52: not valid JSON") != std::string::npos);
}

TEST_CASE("batch: the index's counts agree with their nouns", "[batch]") {
    SetSummary one{"calm", SetStatus::incomplete, {"a", "b"}, {"a.txt", "b.txt"}, 0, 0, 0, 0, "", "", "", {"report.json"}, ""};
    one.unrelated = 1;
    std::ostringstream h;
    write_index_html({one}, h);
    CHECK(h.str().find("<p>1 set: ") != std::string::npos);
    CHECK(h.str().find("1 rendering not of this article") != std::string::npos);
    SetSummary two = one;
    two.id = "other";
    two.unrelated = 2;
    std::ostringstream h2;
    write_index_html({one, two}, h2);
    CHECK(h2.str().find("<p>2 sets: ") != std::string::npos);
    CHECK(h2.str().find("2 renderings not of this article") != std::string::npos);
    CHECK(h2.str().find("(s)") == std::string::npos);
}

TEST_CASE("batch: one set on several threads writes the bytes one thread writes", "[batch][parallel]") {
    // fewer sets than threads: the set's comparison gets the threads left over
    TempDir dir("threads");
    fs::copy_file(official, dir.path / "a.txt");
    fs::copy_file(tagpage, dir.path / "b.txt");
    SetSpec set{"s", {"a.txt", "b.txt"}, "", dir.str()};
    auto report_with = [&](unsigned jobs) {
        Options opt;
        opt.out_dir = (dir.path / ("out" + std::to_string(jobs))).string();
        opt.formats = {report::Format::json};
        opt.jobs = jobs;
        auto results = run({set}, opt);
        REQUIRE(results.size() == 1);
        CHECK(results[0].status == SetStatus::differ);
        return read(dir.path / ("out" + std::to_string(jobs)) / "s" / "report.json");
    };
    const std::string one = report_with(1);
    CHECK(report_with(2) == one);
    CHECK(report_with(5) == one);
}
