// batch: running sets — one set exactly as `compare` would, many on a pool
// of threads, or a stream of them as a JSON Lines mapper.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <system_error>
#include <thread>

#include "internal.hpp"
#include "../parallel.hpp"
#include "parallax/batch.hpp"
#include "parallax/display.hpp"
#include "parallax/engine.hpp"
#include "parallax/error.hpp"
#include "parallax/read.hpp"
#include "parallax/report/json.hpp"
#include "parallax/verdict.hpp"
#include "parallax/write.hpp"
#include "summary_json.hpp"

namespace parallax::batch {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

namespace {

const char* summary_name = "summary.json";

// Paths as a summary keeps them: shown, not raw (see parallax/display.hpp).
std::vector<std::string> shown(const std::vector<std::string>& paths) {
    std::vector<std::string> out;
    for (const auto& p : paths) out.push_back(display(p));
    return out;
}

std::vector<std::string> open_paths(const SetSpec& set) {
    std::vector<std::string> out;
    for (const auto& f : set.files) out.push_back(path_in(set.root, f));
    return out;
}

// read_file, with a problem named by the file as the input list writes it:
// the message lands in the summary, whose bytes must not depend on the
// working directory.
Document read_as_written(const std::string& path, const std::string& written) {
    try {
        return read_file(path);
    } catch (const Error& e) {
        std::string prefix = display(path) + ": ";
        std::string what = e.what();
        if (path == written || e.path() != path || what.rfind(prefix, 0) != 0) throw;
        throw Error(written, what.substr(prefix.size()));
    }
}

// The same file by both names, as far as the file system can tell.
bool same_file(const std::string& a, const std::string& b) {
    if (a == b) return true;
    std::error_code ec1, ec2;
    fs::path ca = fs::weakly_canonical(a, ec1), cb = fs::weakly_canonical(b, ec2);
    return !ec1 && !ec2 && ca == cb;
}

void summarize(const Comparison& c, SetSummary& s) {
    s.renderings.clear();
    for (const auto& r : c.renderings) {
        s.renderings.push_back(r.doc.name);
        if (r.status == Status::unrelated) ++s.unrelated;
    }
    const Discrepancy* worst = nullptr;
    for (const auto& d : c.discrepancies) {
        if (d.severity == Severity::high) ++s.high;
        if (d.severity == Severity::medium) ++s.medium;
        if (d.severity == Severity::low) ++s.low;
        // Severity::high < medium < low; the first of the highest wins.
        if (!worst || static_cast<int>(d.severity) < static_cast<int>(worst->severity)) worst = &d;
    }
    if (worst) {
        s.worst_severity = to_string(worst->severity);
        s.worst_kind = to_string(worst->kind);
        s.worst_message = worst->message;
    }
    switch (verdict(c)) {
        case Verdict::agree: s.status = SetStatus::agree; break;
        case Verdict::differ: s.status = SetStatus::differ; break;
        case Verdict::incomplete: s.status = SetStatus::incomplete; break;
    }
}

// The summary as batch-index will read it back from disk, so a run's index
// and a rebuilt index are the same bytes even for odd bytes in messages.
SetSummary round_trip(const SetSummary& s) {
    try {
        return summary_from_json(summary_to_json(s), s.id);
    } catch (const Error&) {
        return s;
    }
}

// Compares one set and writes its reports and summary when there is an
// output directory; `json_report` (if given) receives the JSON report.
SetSummary compute(const SetSpec& set, const Options& opt, std::string* json_report) {
    SetSummary s;
    s.id = set.id;
    s.files = shown(set.files);
    for (const auto& f : set.files) s.renderings.push_back(display(label_for(f)));
    fs::path dir = opt.out_dir.empty() ? fs::path() : fs::path(opt.out_dir) / set.id;
    std::vector<std::string> paths = open_paths(set);
    try {
        if (!dir.empty()) {
            std::error_code ec;
            fs::create_directories(dir, ec);
            if (ec) throw Error(dir.string(), "cannot create directory: " + ec.message());
            detail::remove_leftovers(dir.string());
            // Gone until the reports are all in place again: a set is
            // complete exactly when its summary exists. One that cannot be
            // removed would pass for this run's: the set fails.
            if (!fs::remove(dir / summary_name, ec) && ec)
                throw Error((dir / summary_name).string(), "cannot remove the summary of an earlier run: " + ec.message());
        }
        if (set.files.size() < 2)
            throw Error(set.id, "a set needs at least two renderings, found " + std::to_string(set.files.size()));
        std::vector<Document> docs;
        for (std::size_t i = 0; i < set.files.size(); ++i) docs.push_back(read_as_written(paths[i], set.files[i]));
        EngineOptions eo;
        eo.jobs = std::max(1u, opt.engine_jobs);
        // A base that names no file, or two, fails the set as it fails compare.
        std::optional<std::size_t> base_at;
        if (std::string base = set.base.empty() ? opt.base : set.base; !base.empty()) base_at = find_base(docs, paths, base);
        // Reports show each file as the input list writes it, not as this
        // working directory reaches it.
        for (std::size_t i = 0; i < docs.size(); ++i) docs[i].path = display(set.files[i]);
        if (base_at) eo.locate.base = docs[*base_at].path;
        Comparison c = parallax::compare(std::move(docs), eo);
        summarize(c, s);
        if (!dir.empty()) {
            for (const auto& f : opt.formats) {
                std::string name = report_file_name(f);
                write_file((dir / name).string(), [&](std::ostream& o) { report::render(c, f, {}, o); }, paths);
                s.reports.push_back(name);
            }
        }
        if (json_report) {
            std::ostringstream o;
            report::write_json(c, o);
            *json_report = o.str();
        }
    } catch (const std::bad_alloc&) {
        s.status = SetStatus::error;
        s.error = set.id + ": out of memory";
    } catch (const std::exception& e) {
        s.status = SetStatus::error;
        s.error = e.what();
    }
    if (s.status == SetStatus::error) {
        s.high = s.medium = s.low = s.unrelated = 0;
        s.worst_severity.clear();
        s.worst_kind.clear();
        s.worst_message.clear();
        s.reports.clear();
        if (!dir.empty()) {
            // No stale report from an earlier run may pass for this one.
            std::error_code ec;
            for (const auto& f : available_formats()) fs::remove(dir / report_file_name(f), ec);
        }
    }
    s = round_trip(s);
    if (!dir.empty()) {
        try {
            write_file((dir / summary_name).string(), [&](std::ostream& o) { o << summary_to_json(s) << '\n'; }, paths);
        } catch (const Error& e) {
            // A set that failed already keeps its first error: the summary
            // not written is its consequence, not its cause.
            if (s.status != SetStatus::error) s.error = e.what();
            s.status = SetStatus::error;
            s.reports.clear();
        }
    }
    return s;
}

// getline with a bound: a line past max_stream_line (such as /dev/zero's
// one endless line) stops the reading instead of filling memory.
bool read_line(std::istream& in, std::string& line, std::string& too_long) {
    line.clear();
    for (int ch; (ch = in.get()) != std::char_traits<char>::eof();) {
        if (ch == '\n') return true;
        if (line.size() == max_stream_line) {
            too_long = "is longer than " + std::to_string(max_stream_line) + " bytes: not a set description";
            return false;
        }
        line += static_cast<char>(ch);
    }
    return !line.empty();
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

SetSummary run_set(const SetSpec& set, const Options& opt) { return compute(set, opt, nullptr); }

bool is_complete(const SetSpec& set, const Options& opt) {
    if (opt.out_dir.empty()) return false;
    std::error_code ec;
    fs::path dir = fs::path(opt.out_dir) / set.id;
    fs::path summary = dir / summary_name;
    auto summary_time = fs::last_write_time(summary, ec);
    if (ec) return false;
    SetSummary s;
    try {
        s = summary_from_json(detail::slurp(summary.string()), summary.string());
    } catch (const Error&) {
        return false;
    }
    if (s.status == SetStatus::error || s.id != set.id || s.files.size() != set.files.size()) return false;
    std::vector<std::string> paths = open_paths(set);
    // The summary's files are as an input list wrote them; the same list
    // from another folder, or the same files written another way, is the
    // same set when the paths are the same files.
    if (s.files != shown(set.files))
        for (std::size_t i = 0; i < paths.size(); ++i)
            if (!same_file(path_in(set.root, s.files[i]), paths[i])) return false;
    for (const auto& f : opt.formats) {
        std::string name = report_file_name(f);
        if (std::find(s.reports.begin(), s.reports.end(), name) == s.reports.end()) return false;
        if (!fs::is_regular_file(dir / name, ec)) return false;
    }
    for (const auto& f : paths) {
        auto t = fs::last_write_time(f, ec);
        if (ec || !(summary_time > t)) return false;
    }
    return true;
}

std::vector<SetSummary> run(const std::vector<SetSpec>& all, const Options& opt, const ProgressFn& progress) {
    auto start = Clock::now();
    std::vector<const SetSpec*> sets;
    for (const auto& s : all)
        if (in_shard(s.id, opt.shard)) sets.push_back(&s);
    std::string digest = input_digest(all);
    if (!opt.out_dir.empty()) {
        std::error_code ec;
        fs::create_directories(opt.out_dir, ec);
        if (ec || !fs::is_directory(opt.out_dir, ec)) throw Error(opt.out_dir, "cannot create output directory");
        detail::remove_other_records(opt.out_dir, opt.shard, digest);
    }

    std::vector<SetSummary> results(sets.size());
    std::mutex m;
    Progress p;
    p.total = sets.size();
    // Sets run side by side; when there are fewer sets than threads (one
    // long article), each set's comparison gets the threads left over.
    const unsigned threads = threads_for(sets.size(), job_count(opt.jobs));
    Options per_set = opt;
    per_set.engine_jobs = std::max(1u, job_count(opt.jobs) / threads);
    parallel_for(sets.size(), threads, [&](std::size_t i) {
        const SetSpec& set = *sets[i];
        bool skipped = false;
        SetSummary s;
        try {
            if (opt.resume && is_complete(set, opt)) {
                // Complete, but a run killed while redoing it may have left temporaries.
                detail::remove_leftovers((fs::path(opt.out_dir) / set.id).string());
                fs::path summary = fs::path(opt.out_dir) / set.id / summary_name;
                s = summary_from_json(detail::slurp(summary.string()), summary.string());
                skipped = true;
            }
        } catch (const std::exception&) {
            skipped = false;
        }
        if (!skipped) s = run_set(set, per_set);
        std::lock_guard lock(m);
        ++p.done;
        if (skipped) ++p.skipped;
        if (s.status == SetStatus::error) ++p.failed;
        if (s.status == SetStatus::differ) ++p.differ;
        if (s.status == SetStatus::incomplete) ++p.incomplete;
        results[i] = std::move(s);
        p.seconds = seconds_since(start);
        if (progress) progress(p);
    });
    std::sort(results.begin(), results.end(), [](const SetSummary& a, const SetSummary& b) { return a.id < b.id; });
    if (!opt.out_dir.empty()) {
        // After every summary: the record says the shard ran to its end.
        if (opt.write_record) write_shard_record(opt.out_dir, opt.shard, all, results);
        if (opt.write_index) write_index(opt.out_dir, results);
    }
    p.seconds = seconds_since(start);
    p.finished = true;
    if (progress) progress(p);
    return results;
}

SetStatus run_stream(std::istream& in, std::ostream& out, const Options& opt, const ProgressFn& progress) {
    auto start = Clock::now();
    if (!opt.out_dir.empty()) {
        std::error_code ec;
        fs::create_directories(opt.out_dir, ec);
        if (ec || !fs::is_directory(opt.out_dir, ec)) throw Error(opt.out_dir, "cannot create output directory");
    }
    struct Task {
        std::size_t seq;
        std::size_t line_no;
        std::string text;
    };
    struct Result {
        std::string line;  // "" = not in this shard: nothing to print
        SetStatus status = SetStatus::agree;
    };

    const unsigned jobs = job_count(opt.jobs);
    const std::size_t window = std::size_t{4} * jobs;  // lines read ahead of the oldest unprinted result
    std::mutex m;
    std::condition_variable cv;
    std::vector<Task> queue;  // used as a FIFO through `head`
    std::size_t head = 0;
    std::map<std::size_t, Result> done;
    std::size_t submitted = 0, printed = 0;
    bool eof = false;
    SetStatus status = SetStatus::agree;
    Progress p;

    auto handle = [&](const Task& t) {
        Result r;
        std::string where = "stdin:" + std::to_string(t.line_no);
        SetSpec set;
        try {
            set = parse_set_json(t.text, where);
        } catch (const Error& e) {
            json j{{"line", t.line_no}, {"status", "error"}, {"error", e.what()}};
            r.line = j.dump(-1, ' ', false, json::error_handler_t::replace);
            r.status = SetStatus::error;
            return r;
        }
        if (!in_shard(set.id, opt.shard)) return r;
        std::string report;
        SetSummary s = compute(set, opt, opt.out_dir.empty() ? &report : nullptr);
        json j = detail::to_json(s);
        j["line"] = t.line_no;
        if (!report.empty()) j["report"] = json::parse(report);
        r.line = j.dump(-1, ' ', false, json::error_handler_t::replace);
        r.status = s.status;
        return r;
    };

    auto worker = [&] {
        for (;;) {
            Task t;
            {
                std::unique_lock lock(m);
                cv.wait(lock, [&] { return head < queue.size() || eof; });
                if (head == queue.size()) return;
                t = std::move(queue[head++]);
                if (head == queue.size()) {
                    queue.clear();
                    head = 0;
                }
            }
            Result r;
            try {
                r = handle(t);
            } catch (const std::exception& e) {
                json j{{"line", t.line_no}, {"status", "error"}, {"error", e.what()}};
                r.line = j.dump(-1, ' ', false, json::error_handler_t::replace);
                r.status = SetStatus::error;
            }
            std::lock_guard lock(m);
            done[t.seq] = std::move(r);
            cv.notify_all();
        }
    };

    // Prints, in input order, every result that is ready. Called with the lock held.
    auto flush = [&](std::unique_lock<std::mutex>& lock) {
        while (!done.empty() && done.begin()->first == printed) {
            Result r = std::move(done.begin()->second);
            done.erase(done.begin());
            ++printed;
            status = overall({status, r.status});
            ++p.done;
            if (r.status == SetStatus::error) ++p.failed;
            if (r.status == SetStatus::differ) ++p.differ;
            if (r.status == SetStatus::incomplete) ++p.incomplete;
            if (r.line.empty()) continue;
            lock.unlock();
            out << r.line << '\n';
            out.flush();
            lock.lock();
        }
        p.seconds = seconds_since(start);
        if (progress) progress(p);
    };

    std::vector<std::thread> pool = start_threads(jobs, worker);
    if (pool.empty()) throw Error("-j", "cannot start a thread");
    std::string line;
    std::size_t line_no = 0;
    std::string too_long;  // set when a line is past max_stream_line: reading stops
    while (read_line(in, line, too_long)) {
        ++line_no;
        std::string_view v(line);
        while (!v.empty() && (v.back() == '\r' || v.back() == ' ')) v.remove_suffix(1);
        if (v.empty()) continue;
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return submitted - printed < window || (!done.empty() && done.begin()->first == printed); });
        flush(lock);
        queue.push_back({submitted++, opt.line_offset + line_no, std::string(v)});
        cv.notify_all();
    }
    {
        std::unique_lock lock(m);
        eof = true;
        cv.notify_all();
        while (printed < submitted) {
            cv.wait(lock, [&] { return !done.empty() && done.begin()->first == printed; });
            flush(lock);
        }
    }
    for (auto& t : pool) t.join();
    p.seconds = seconds_since(start);
    p.finished = true;
    if (progress) progress(p);
    if (!too_long.empty() || in.bad())
        throw Error("stdin", too_long.empty() ? "read error" : "line " + std::to_string(opt.line_offset + line_no + 1) + " " + too_long);
    return status;
}

}  // namespace parallax::batch
