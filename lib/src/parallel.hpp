// Work spread over threads: sets of a batch, rows and renderings of one
// comparison. Every result is stored by its index, never in the order threads
// finish, so any number of threads gives the bytes one thread gives.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <iterator>
#include <mutex>
#include <system_error>
#include <thread>
#include <type_traits>
#include <vector>

namespace parallax {

// `jobs`, or the machine's cores when 0.
inline unsigned job_count(unsigned jobs) {
    if (jobs > 0) return jobs;
    return std::max(1u, std::thread::hardware_concurrency());
}

// The threads parallel_for runs `n` parts on: `jobs`, at least one and no
// more than there are parts. Callers that keep state per thread size it so.
inline unsigned threads_for(std::size_t n, unsigned jobs) {
    return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(jobs, n)));
}

// Starts up to `count` threads running `worker` (given its thread's number,
// 1 to count, when it takes one); fewer if the system refuses more (a thread
// limit must not abort the run).
template <class F>
std::vector<std::thread> start_threads(unsigned count, F& worker) {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < count; ++t) {
        try {
            if constexpr (std::is_invocable_v<F&, unsigned>) pool.emplace_back(worker, t + 1);
            else pool.emplace_back(worker);
        } catch (const std::system_error&) {
            break;
        }
    }
    return pool;
}

// Runs f(i) — or f(i, thread), thread < jobs, an index into per-thread
// state — for every i in [0, n) on up to `jobs` threads, the calling one
// among them. An exception stops the hand-out; the one of the lowest index
// is rethrown once every thread has stopped, as one thread would have
// thrown it.
template <class F>
void parallel_for(std::size_t n, unsigned jobs, F f) {
    auto call = [&](std::size_t i, unsigned thread) {
        if constexpr (std::is_invocable_v<F&, std::size_t, unsigned>) f(i, thread);
        else f(i);
    };
    jobs = threads_for(n, jobs);
    if (jobs == 1) {
        for (std::size_t i = 0; i < n; ++i) call(i, 0);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::mutex failed;
    std::size_t failed_at = n;
    std::exception_ptr error;
    auto worker = [&](unsigned thread) {
        for (std::size_t i; (i = next.fetch_add(1)) < n;) {
            try {
                call(i, thread);
            } catch (...) {
                std::lock_guard lock(failed);
                if (i < failed_at) failed_at = i, error = std::current_exception();
                next = n;
            }
        }
    };
    std::vector<std::thread> pool = start_threads(jobs - 1, worker);
    worker(0);
    for (auto& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

// The results parallel_for stored by index, one list each, joined in index
// order: one thread's order, whatever the number of threads.
template <class T>
std::vector<T> joined(std::vector<std::vector<T>>&& parts) {
    std::size_t total = 0;
    for (const auto& p : parts) total += p.size();
    std::vector<T> out;
    out.reserve(total);
    for (auto& p : parts) out.insert(out.end(), std::make_move_iterator(p.begin()), std::make_move_iterator(p.end()));
    parts.clear();
    return out;
}

}  // namespace parallax
