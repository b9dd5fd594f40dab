#pragma once

#include "core/api/apierror.h"

namespace neuroio {

// What a call delivers, exactly once: a value, or an error saying why there is none.
template<typename T>
struct Result
{
    ApiError error;
    T value{};

    bool isOk() const { return error.isOk(); }

    static Result success(T v) { return Result{ApiError{}, std::move(v)}; }
    static Result failure(ApiError e) { return Result{std::move(e), T{}}; }
};

} // namespace neuroio
