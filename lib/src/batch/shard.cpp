// batch: stable shards. The hash is FNV-1a 64 over the set id's bytes, so the
// same id lands in the same shard on every machine, compiler and run.
#include <charconv>
#include <optional>

#include "parallax/batch.hpp"
#include "parallax/error.hpp"

namespace parallax::batch {

namespace {

// A whole number in [0, 2^32), nothing around it.
std::optional<unsigned> whole(std::string_view s) {
    unsigned v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
    return v;
}

Error auto_error(const std::string& why) { return Error("--shard auto", why); }

// A variable the scheduler must have set to a whole number.
unsigned number_from(const std::function<const char*(const char*)>& getenv, const char* name, const char* why) {
    const char* v = getenv(name);
    if (!v || !*v) throw auto_error(std::string(name) + " is not set (" + why + ")");
    auto n = whole(v);
    if (!n) throw auto_error(std::string(name) + "='" + v + "' is not a whole number");
    return *n;
}

}  // namespace

std::uint64_t fnv1a64(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char ch : bytes) {
        h ^= ch;
        h *= 0x100000001b3ULL;
    }
    return h;
}

bool in_shard(std::string_view set_id, Shard shard) {
    if (shard.count <= 1) return true;
    return fnv1a64(set_id) % shard.count == shard.index - 1;
}

Shard parse_shard(std::string_view text, unsigned base) {
    auto bad = [&] {
        std::string range = base == 1 ? "1 <= K <= N" : std::to_string(base) + " <= K <= N" + (base ? "+" + std::to_string(base - 1) : "-1");
        return Error("--shard", "expected K/N with " + range + (base == 1 ? "" : " (--shard-base " + std::to_string(base) + ")") + ", got '" +
                                    std::string(text) + "'");
    };
    std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) throw bad();
    auto k = whole(text.substr(0, slash)), n = whole(text.substr(slash + 1));
    if (!k || !n || *n == 0 || *k < base || *k - base >= *n) throw bad();
    return Shard{*k - base + 1, *n};
}

AutoShard shard_from_environment(const std::function<const char*(const char*)>& getenv, unsigned count, long base) {
    const char* schedulers[] = {"SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "PARALLEL_SEQ"};
    std::vector<std::string> found;
    for (const char* name : schedulers)
        if (const char* v = getenv(name); v && *v) found.push_back(name);
    if (found.empty())
        throw auto_error(
            "none of SLURM_ARRAY_TASK_ID (a Slurm job array), JOB_COMPLETION_INDEX (a Kubernetes indexed Job) or PARALLEL_SEQ (GNU "
            "Parallel) is set; give --shard K/N");
    if (found.size() > 1)
        throw auto_error(found[0] + " and " + found[1] + " are both set: cannot tell which scheduler started this; give --shard K/N");
    const std::string& name = found[0];
    std::string source;
    auto note = [&](const char* var) { source += (source.empty() ? "" : ", ") + std::string(var) + "=" + getenv(var); };

    unsigned id = number_from(getenv, name.c_str(), "");
    note(name.c_str());
    if (count == 0) {
        if (const char* v = getenv("PARALLAX_SHARD_COUNT"); v && *v) {
            auto n = whole(v);
            if (!n || *n == 0) throw auto_error(std::string("PARALLAX_SHARD_COUNT='") + v + "' is not a whole number from 1");
            count = *n;
            note("PARALLAX_SHARD_COUNT");
        }
    }
    auto need_count = [&] {
        if (count == 0)
            throw auto_error(name + " gives no shard count: give --shard-count N or set PARALLAX_SHARD_COUNT");
    };
    long first = 0;  // the index the scheduler's first task has
    unsigned step = 1;
    if (name == "SLURM_ARRAY_TASK_ID") {
        unsigned min = number_from(getenv, "SLURM_ARRAY_TASK_MIN", "Slurm sets it for every array task");
        unsigned tasks = number_from(getenv, "SLURM_ARRAY_TASK_COUNT", "Slurm sets it for every array task");
        note("SLURM_ARRAY_TASK_MIN");
        note("SLURM_ARRAY_TASK_COUNT");
        if (const char* v = getenv("SLURM_ARRAY_TASK_STEP"); v && *v) {
            auto s = whole(v);
            if (!s || *s == 0) throw auto_error(std::string("SLURM_ARRAY_TASK_STEP='") + v + "' is not a whole number from 1");
            step = *s;
            if (step != 1) note("SLURM_ARRAY_TASK_STEP");
        }
        first = min;
        // One task numbered past 1 is one resubmitted from a larger array:
        // as shard 1 of 1 it would take on every set and drop the others' records.
        if (count == 0 && tasks == 1 && id > 1 && base < 0)
            throw auto_error("an array of one task, " + std::to_string(id) +
                             " (resubmitted alone?): give --shard-count N and --shard-base, the first task id of the original "
                             "array, or --shard K/N");
        if (count == 0) count = tasks;
        else if (count != tasks && base < 0)
            throw auto_error("SLURM_ARRAY_TASK_COUNT=" + std::to_string(tasks) + " but " + std::to_string(count) +
                             " shards were asked for (a task resubmitted alone?): give --shard-base, the first task id of the "
                             "original array (0 for --array=0-" +
                             std::to_string(count - 1) + ")");
    } else if (name == "JOB_COMPLETION_INDEX") {
        need_count();
        first = 0;
    } else {
        need_count();
        first = 1;
    }
    if (base >= 0) {
        first = base;
        source += ", --shard-base " + std::to_string(base);
    }
    long offset = static_cast<long>(id) - first;
    if (offset < 0 || offset % step != 0 || offset / step >= static_cast<long>(count))
        throw auto_error(source + " is not one of " + std::to_string(count) + " shards counted from " + std::to_string(first) +
                         (step == 1 ? "" : " in steps of " + std::to_string(step)) +
                         (name == "SLURM_ARRAY_TASK_ID" ? " (use --array=0-N-1 or 1-N; a list of ids needs --shard K/N)" : ""));
    return AutoShard{Shard{static_cast<unsigned>(offset / step) + 1, count}, source};
}

std::string shard_record_name(Shard shard) {
    return std::to_string(shard.index) + "-of-" + std::to_string(shard.count) + ".json";
}

}  // namespace parallax::batch
