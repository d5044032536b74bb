// batch: stable shards. The hash is FNV-1a 64 over the set id's bytes, so the
// same id lands in the same shard on every machine, compiler and run.
#include <charconv>

#include "parallax/batch.hpp"
#include "parallax/error.hpp"

namespace parallax::batch {

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

Shard parse_shard(std::string_view text) {
    auto bad = [&] { return Error("--shard", "expected K/N with 1 <= K <= N, got '" + std::string(text) + "'"); };
    std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) throw bad();
    auto number = [&](std::string_view s) {
        unsigned v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (s.empty() || ec != std::errc{} || p != s.data() + s.size()) throw bad();
        return v;
    };
    Shard s{number(text.substr(0, slash)), number(text.substr(slash + 1))};
    if (s.count == 0 || s.index == 0 || s.index > s.count) throw bad();
    return s;
}

}  // namespace parallax::batch
