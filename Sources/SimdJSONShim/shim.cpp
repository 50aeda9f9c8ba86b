// The extern "C" API of SimdJSONShim.h over simdjson's on-demand parser.
//
// simdjson's on-demand front end uses the kernel chosen at compile time; without -march
// flags that is the portable one. Measured on 1 M lines of ~515 bytes: 0.75 s portable
// vs 0.70 s AVX2 (per-document overhead dominates on short lines), so the portable kernel
// is kept and the binary runs on any x86-64 or arm64 CPU.
#define SIMDJSON_THREADS_ENABLED 1  // the Debian library is built with it; keep the ABI the same
#include <simdjson.h>

#include "SimdJSONShim.h"

#include <cstdlib>
#include <new>
#include <string>
#include <string_view>

namespace {

namespace od = simdjson::ondemand;

/// A growable array of values that keeps its storage across documents (push is inlined,
/// which std::vector's was not, at a measurable cost per field).
struct Values {
    jg_value *data = nullptr;
    size_t count = 0;
    size_t capacity = 0;
    size_t limit = 0;  // most values per document, so a hostile line cannot make huge arrays

    explicit Values(size_t most) : limit(most) {}
    Values(const Values &) = delete;
    Values &operator=(const Values &) = delete;
    ~Values() { std::free(data); }

    void clear() { count = 0; }
    size_t size() const { return count; }
    void resize(size_t n) { if (n < count) count = n; }

    /// Appends `v`; false when out of memory.
    inline bool push_back(const jg_value &v) {
        if (count == capacity && !grow()) return false;
        data[count++] = v;
        return true;
    }

    bool grow() {
        if (capacity >= limit) return false;
        size_t next = capacity ? capacity * 2 : 64;
        void *p = std::realloc(data, next * sizeof(jg_value));
        if (!p) return false;
        data = static_cast<jg_value *>(p);
        capacity = next;
        return true;
    }
};

/// One reusable parser: simdjson's on-demand parser, a DOM parser used only to check nested
/// values that are handed out as raw text, and the field and item arrays handed to callers.
struct Impl {
    od::parser parser;
    simdjson::dom::parser checker;
    Values fields{1 << 16};
    Values items{1 << 20};
    std::string error;
};

/// The reason when a document has more fields or array elements than the limits above.
static const char *const too_many = "too many fields or array elements (limits: 65536 fields, 1048576 elements)";

static const char *const too_many_or_large = "document too large, or too many fields or array elements";

/// A short, user-facing reason for a simdjson error code.
static const char *describe(simdjson::error_code e) {
    switch (e) {
    case simdjson::UTF8_ERROR: return "invalid UTF-8";
    case simdjson::UNCLOSED_STRING: return "invalid JSON: unclosed string";
    case simdjson::STRING_ERROR: return "invalid JSON: bad string escape";
    case simdjson::UNESCAPED_CHARS: return "invalid JSON: control character inside a string";
    case simdjson::NUMBER_ERROR: return "invalid JSON: bad or out-of-range number";
    case simdjson::T_ATOM_ERROR: case simdjson::F_ATOM_ERROR: case simdjson::N_ATOM_ERROR:
        return "invalid JSON: bad literal (expected true, false or null)";
    case simdjson::DEPTH_ERROR: return "invalid JSON: nested too deeply";
    case simdjson::INCORRECT_TYPE: return "invalid JSON: bad value";
    case simdjson::EMPTY: return "invalid JSON: empty document";
    case simdjson::CAPACITY: return too_many_or_large;
    case simdjson::MEMALLOC: return "out of memory";
    case simdjson::TAPE_ERROR: case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return "invalid JSON: bad structure (missing or extra comma, colon, brace or bracket)";
    default: return nullptr;
    }
}

static int64_t fail(Impl *p, simdjson::error_code e) {
    const char *d = describe(e);
    p->error = d ? d : (std::string("invalid JSON: ") + simdjson::error_message(e));
    return -1;
}

static int64_t fail(Impl *p, const char *message) {
    p->error = message;
    return -1;
}

static std::string_view rtrim(const char *start, const char *end) {
    while (end > start && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\r' || end[-1] == '\t')) --end;
    return std::string_view(start, size_t(end - start));
}

/// Checks raw JSON text fully (on-demand skips what it is not asked to read).
static simdjson::error_code check(Impl *p, std::string_view raw) {
    simdjson::dom::element ignored;
    return p->checker.parse(raw.data(), raw.size(), false).get(ignored);
}

/// Reads a scalar of known type into `out`.
static simdjson::error_code read_scalar(od::value &v, od::json_type t, jg_value &out) {
    simdjson::error_code e = simdjson::SUCCESS;
    switch (t) {
    case od::json_type::string: {
        std::string_view s;
        if ((e = v.get_string().get(s))) return e;
        out.kind = JG_STRING;
        out.str = s.data();
        out.len = s.size();
        return e;
    }
    case od::json_type::number: {
        std::string_view token = v.raw_json_token();
        token = rtrim(token.data(), token.data() + token.size());
        od::number n;
        if ((e = v.get_number().get(n))) return e;
        out.str = token.data();
        out.len = token.size();
        switch (n.get_number_type()) {
        case od::number_type::signed_integer:
            out.kind = JG_INT;
            out.i = n.get_int64();
            out.d = double(out.i);
            break;
        case od::number_type::unsigned_integer:
            out.kind = JG_UINT;
            out.d = double(n.get_uint64());
            break;
        default:
            out.kind = JG_DOUBLE;
            out.d = n.get_double();
            break;
        }
        return e;
    }
    case od::json_type::boolean: {
        bool b = false;
        if ((e = v.get_bool().get(b))) return e;
        out.kind = JG_BOOL;
        out.i = b ? 1 : 0;
        return e;
    }
    case od::json_type::null: {
        bool isNull = false;
        if ((e = v.is_null().get(isNull))) return e;
        if (!isNull) return simdjson::N_ATOM_ERROR;
        out.kind = JG_NULL;
        return e;
    }
    default:
        return simdjson::INCORRECT_TYPE;
    }
}

/// Reads any value: scalars, arrays of scalars (into the items array), or raw JSON text.
static simdjson::error_code read_value(Impl *p, od::document &doc, od::value v, jg_value &out) {
    simdjson::error_code e;
    od::json_type t;
    if ((e = v.type().get(t))) return e;
    if (t == od::json_type::object) {
        od::object o;
        std::string_view raw;
        if ((e = v.get_object().get(o))) return e;
        if ((e = o.raw_json().get(raw))) return e;
        if ((e = check(p, raw))) return e;
        out.kind = JG_OTHER;
        out.str = raw.data();
        out.len = raw.size();
        return e;
    }
    if (t != od::json_type::array) return read_scalar(v, t, out);

    const char *start = v.raw_json_token().data();
    od::array a;
    if ((e = v.get_array().get(a))) return e;
    size_t first = p->items.size();
    bool scalars = true;
    for (auto element : a) {
        od::value ev;
        if ((e = element.get(ev))) return e;
        if (!scalars) continue;  // skipped; checked as raw text below
        od::json_type et;
        if ((e = ev.type().get(et))) return e;
        if (et == od::json_type::array || et == od::json_type::object) {
            scalars = false;
            continue;
        }
        jg_value item{};
        if ((e = read_scalar(ev, et, item))) return e;
        if (!p->items.push_back(item)) return simdjson::CAPACITY;
    }
    if (scalars) {
        out.kind = JG_ARRAY;
        out.items_start = uint32_t(first);
        out.items_count = uint32_t(p->items.size() - first);
        return simdjson::SUCCESS;
    }
    p->items.resize(first);
    const char *end = nullptr;
    if ((e = doc.current_location().get(end))) return e;
    std::string_view raw = rtrim(start, end);
    if ((e = check(p, raw))) return e;
    out.kind = JG_OTHER;
    out.str = raw.data();
    out.len = raw.size();
    return simdjson::SUCCESS;
}

/// Gives back memory after a very large document once documents are small again.
static void shrink_if_oversized(Impl *p, size_t len) {
    const size_t big = size_t(32) << 20;
    if (p->parser.capacity() > big && len < (size_t(1) << 20)) {
        (void)p->parser.allocate(size_t(1) << 20);
    }
    if (p->checker.capacity() > big && len < (size_t(1) << 20)) {
        (void)p->checker.allocate(size_t(1) << 20);
    }
}

static const char *type_name(od::json_type t) {
    switch (t) {
    case od::json_type::array: return "an array";
    case od::json_type::object: return "an object";
    case od::json_type::number: return "a number";
    case od::json_type::string: return "a string";
    case od::json_type::boolean: return "a boolean";
    case od::json_type::null: return "null";
    }
    return "something else";
}

static int64_t parse(Impl *p, const char *buf, size_t len, size_t capacity, bool wantObject,
                     const jg_value **fields, const jg_value **items) {
    p->fields.clear();
    p->items.clear();
    if (capacity < len + simdjson::SIMDJSON_PADDING) return fail(p, "internal error: input buffer not padded");
    shrink_if_oversized(p, len);
    simdjson::error_code e;
    od::document doc;
    if ((e = p->parser.iterate(buf, len, capacity).get(doc))) return fail(p, e);
    od::json_type t;
    if ((e = doc.type().get(t))) return fail(p, e);
    if (wantObject) {
        if (t != od::json_type::object) {
            p->error = std::string("not a JSON object (found ") + type_name(t) + ")";
            return -1;
        }
        od::object obj;
        if ((e = doc.get_object().get(obj))) return fail(p, e);
        for (auto field : obj) {
            od::field f;
            if ((e = std::move(field).get(f))) return fail(p, e);
            std::string_view key;
            if ((e = f.unescaped_key().get(key))) return fail(p, e);
            jg_value v{};
            v.key = key.data();
            v.key_len = uint32_t(key.size());
            if ((e = read_value(p, doc, f.value(), v))) return fail(p, e);
            if (!p->fields.push_back(v)) return fail(p, too_many);
        }
    } else {
        if (t != od::json_type::array) {
            p->error = std::string("not a JSON array (found ") + type_name(t) + ")";
            return -1;
        }
        od::array arr;
        if ((e = doc.get_array().get(arr))) return fail(p, e);
        for (auto element : arr) {
            od::value ev;
            if ((e = element.get(ev))) return fail(p, e);
            jg_value v{};
            if ((e = read_value(p, doc, ev, v))) return fail(p, e);
            if (!p->fields.push_back(v)) return fail(p, too_many);
        }
    }
    // At the end of the document current_location() reports OUT_OF_BOUNDS; a location means more tokens.
    const char *rest = nullptr;
    if (doc.current_location().get(rest) == simdjson::SUCCESS) {
        return fail(p, wantObject ? "invalid JSON: content after the object" : "invalid JSON: content after the array");
    }
    *fields = p->fields.data;
    *items = p->items.data;
    return int64_t(p->fields.size());
}

}  // namespace

struct jg_parser {
    Impl impl;
};

extern "C" {

jg_parser *jg_parser_new(void) { return new (std::nothrow) jg_parser(); }

void jg_parser_free(jg_parser *p) { delete p; }

size_t jg_padding(void) { return simdjson::SIMDJSON_PADDING; }

int64_t jg_parse_object(jg_parser *p, const char *buf, size_t len, size_t capacity,
                        const jg_value **fields, const jg_value **items) {
    return parse(&p->impl, buf, len, capacity, true, fields, items);
}

int64_t jg_parse_array(jg_parser *p, const char *buf, size_t len, size_t capacity,
                       const jg_value **elements, const jg_value **items) {
    return parse(&p->impl, buf, len, capacity, false, elements, items);
}

const char *jg_error(const jg_parser *p) { return p->impl.error.c_str(); }

bool jg_validate_utf8(const char *buf, size_t len) { return simdjson::validate_utf8(buf, len); }

}  // extern "C"
