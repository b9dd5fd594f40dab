"""The forecast as the man page describes it, worked out here on its own for the command-line
tests: a Theil-Sen line through the closed months with usage (at most the last 12), carried
three months on, with a band of two robust standard deviations (1.4826 times the median
absolute residual), never below 0."""


def median(values):
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def forecast(closed):
    """closed: the closed months' quantities in month order, None for a month without usage,
    the last being the month before the open one. [(value, low, high)] for the next three
    months, or None with fewer than 6 months with usage among the last 12."""
    points = [(x, q) for x, q in zip(range(-len(closed) + 1, 1), closed)
              if q is not None and x > -12]
    if len(points) < 6:
        return None
    slope = median([(q2 - q1) / (x2 - x1) for i, (x1, q1) in enumerate(points)
                    for (x2, q2) in points[i + 1:]])
    intercept = median([q - slope * x for x, q in points])
    band = 2 * 1.4826 * median([abs(q - (intercept + slope * x)) for x, q in points])
    out = []
    for ahead in (1, 2, 3):
        value = max(0.0, intercept + slope * ahead)
        out.append((value, max(0.0, value - band), max(0.0, value + band)))
    return out
