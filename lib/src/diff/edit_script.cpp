#include "edit_script.hpp"

#include <dtl/dtl.hpp>

namespace parallax::diff {

std::vector<Op> edit_script(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
    std::vector<Op> out;
    if (a.empty() || b.empty()) {
        out.assign(a.size(), Op::removed);
        out.insert(out.end(), b.size(), Op::added);
        return out;
    }
    dtl::Diff<std::uint32_t, std::vector<std::uint32_t>> d(a, b);
    d.compose();
    for (const auto& [elem, info] : d.getSes().getSequence()) {
        (void)elem;
        switch (info.type) {
            case dtl::SES_COMMON: out.push_back(Op::common); break;
            case dtl::SES_DELETE: out.push_back(Op::removed); break;
            default: out.push_back(Op::added); break;
        }
    }
    return out;
}

}  // namespace parallax::diff
