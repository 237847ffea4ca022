"""Every date parameter of the API (issue 19): odd but valid values work, bad ones are a clean 422.

``since``/``until`` of ``/api/events`` and ``/api/stats`` are days; ``since`` of ``/api/changes``
is a date or a datetime, any UTC offset, compared in UTC.
"""
import datetime as dt

import pytest

DAY_PARAMS = [("/api/events", "since"), ("/api/events", "until"), ("/api/stats", "since"), ("/api/stats", "until")]
ALL_PARAMS = [*DAY_PARAMS, ("/api/changes", "since")]
SHAPE = {"ok", "error", "errors", "status"}


def _422(res, param):
    body = res.json()
    assert res.status_code == 422 and set(body) == SHAPE and body["status"] == 422, body
    assert body["error"].startswith((f"query.{param}:", f"{param} ")), body["error"]
    return body["error"]


@pytest.mark.issue(19)
@pytest.mark.parametrize("path,param", ALL_PARAMS)
@pytest.mark.parametrize("value", [
    "+14:00", "0000-01-01", "2024-02-30", "2024-13-01", "10000-01-01", "2024-04-01T10:00:00+24:00",
    "2024-04-01T10:00:00+14:00:30", "2024-W14", "", "yesterday", "1" * 300,
])
def test_a_bad_date_is_a_clean_422(client, path, param, value):
    _422(client.get(path, params={param: value}), param)


@pytest.mark.issue(19)
@pytest.mark.parametrize("path,param", ALL_PARAMS)
@pytest.mark.parametrize("value", ["-1", "0", "1700000000", "99999999999", " 12.5 "])
def test_a_number_is_not_read_as_unix_time(client, path, param, value):
    """pydantic reads '-1' as 1969-12-31T23:59:59Z; a date parameter here is ISO text only."""
    assert "is a number, not an ISO date" in _422(client.get(path, params={param: value}), param)


@pytest.mark.issue(19)
@pytest.mark.parametrize("path,param", DAY_PARAMS)
def test_a_day_parameter_refuses_a_time_of_day(client, path, param):
    _422(client.get(path, params={param: "9999-12-31T23:59:59-12:00"}), param)
    _422(client.get(path, params={param: "2024-04-01T10:00:00Z"}), param)


@pytest.mark.issue(19)
def test_the_first_and_last_days_of_the_calendar(client):
    """Year 0001 and 9999-12-31 are valid days: before and after every event (4 not rejected)."""
    def total(**params):
        return client.get("/api/events", params=params).json()["total"]

    assert (total(since="0001-01-01"), total(until="0001-01-01")) == (4, 0)
    assert (total(since="9999-12-31"), total(until="9999-12-31")) == (0, 4)
    assert total(since="0001-01-01", until="9999-12-31") == 4
    assert client.get("/api/stats", params={"since": "9999-12-31"}).json()["events"] == 0
    _422(client.get("/api/events", params={"since": "9999-12-31", "until": "0001-01-01"}), "since")


@pytest.mark.issue(19)
def test_changes_since_compares_any_offset_in_utc(client):
    changes = client.get("/api/changes").json()
    assert len(changes) == 4  # one event_created per stored event
    last = dt.datetime.fromisoformat(max(c["recorded_at"] for c in changes))  # naive UTC
    at_last = [c["seq"] for c in changes if dt.datetime.fromisoformat(c["recorded_at"]) >= last]

    def since(moment: dt.datetime, hours: int) -> list[int]:
        zone = dt.timezone(dt.timedelta(hours=hours))
        text = moment.replace(tzinfo=dt.timezone.utc).astimezone(zone).isoformat()
        res = client.get("/api/changes", params={"since": text})
        assert res.status_code == 200, (text, res.text)
        return [c["seq"] for c in res.json()]

    for hours in (14, -12, 0, 5):
        assert since(last, hours) == at_last
        assert since(last + dt.timedelta(microseconds=1), hours) == []
    assert [c["seq"] for c in client.get("/api/changes", params={"since": "0001-01-01"}).json()] == [1, 2, 3, 4]
    ok = client.get("/api/changes", params={"since": "0001-01-01T00:00:00-12:00"})  # 12:00 UTC on day 1
    assert ok.status_code == 200 and len(ok.json()) == 4
    assert client.get("/api/changes", params={"since": "9999-12-31T23:59:59+14:00"}).json() == []
    assert client.get("/api/changes", params={"since": "9999-12-31"}).json() == []


@pytest.mark.issue(19)
@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+14:00", "0001-01-01T13:59:59+14:00",
                                   "9999-12-31T23:59:59-12:00", "9999-12-31T12:00:00-12:00"])
def test_changes_since_outside_the_utc_calendar_is_422(client, value):
    """A valid datetime whose UTC time is in year 0 or 10000: named in a 422, not a 500."""
    assert "outside the years 1-9999 in UTC" in _422(client.get("/api/changes", params={"since": value}), "since")
