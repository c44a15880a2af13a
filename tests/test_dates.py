from datetime import date

import pytest

from nato_search.dates import check_range, parse_period, parse_since, parse_until
from nato_search.errors import DateError


@pytest.mark.parametrize("text, first, last", [
    ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
    ("2024-07-09", date(2024, 7, 9), date(2024, 7, 9)),
    (" 2019-12-31 ", date(2019, 12, 31), date(2019, 12, 31)),
])
def test_periods(text, first, last):
    assert parse_period(text) == (first, last)


@pytest.mark.parametrize("text", ["2024-13", "2024-02-30", "2023-02-29", "yesterday-ish", "",
                                  "24", "2024/07/01", "2024-00", "2024-07-00", "0000",
                                  "2024-07-01T00:00", "July 2024", "2024-7", "2024-07-9"])
def test_refused(text):
    with pytest.raises(DateError) as exc:
        parse_period(text)
    assert "YYYY-MM-DD" in exc.value.hint


def test_until_is_inclusive_of_the_whole_period():
    assert parse_until("2024") == date(2024, 12, 31)
    assert parse_since("2024") == date(2024, 1, 1)
    assert parse_since(None) is None


def test_reversed_range_refused():
    with pytest.raises(DateError):
        check_range(date(2025, 1, 1), date(2024, 1, 1))


def test_front_matter_may_write_one_digit_months_and_days():
    assert parse_period("2024-7-9", strict=False) == (date(2024, 7, 9), date(2024, 7, 9))
