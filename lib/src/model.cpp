#include "parallax/model.hpp"

namespace parallax {

const char* to_string(Severity s) {
    switch (s) {
        case Severity::high: return "high";
        case Severity::medium: return "medium";
        case Severity::low: return "low";
    }
    return "low";
}

const char* to_string(Status s) { return s == Status::aligned ? "aligned" : "unrelated"; }

}  // namespace parallax
